/**
 * Evaluation groups, built by reading the shipped seeds: papers that obviously belong together
 * (one method family each). Titles are exact; a title that no longer matches a paper fails the
 * evaluation, so the groups cannot rot silently.
 */
export interface EvalGroup {
  name: string;
  titles: string[];
}

export const GROUPS: EvalGroup[] = [
  {
    name: "model merging",
    titles: [
      "PLeaS -- Merging Models with Permutations and Least Squares",
      "Merging Models with Fisher-Weighted Averaging",
      "Resolving Interference When Merging Models",
      "Model Breadcrumbs: Scaling Multi-Task Model Merging with Sparse Masks",
      "Parameter Competition Balancing for Model Merging",
      "RegMean++: Enhancing Effectiveness and Generalization of Regression Mean for Model Merging",
      "CABS: Conflict-Aware and Balanced Sparsification for Enhancing Model Merging",
      "Sens-Merging: Sensitivity-Guided Parameter Balancing for Merging Large Language Models",
      "Model Merging with Functional Dual Anchors",
      "Evolutionary Optimization of Model Merging Recipes",
    ],
  },
  {
    name: "LoRA variants",
    titles: [
      "Flexora: Flexible Low Rank Adaptation for Large Language Models",
      "VB-LoRA: Extreme Parameter Efficient Fine-Tuning with Vector Banks",
      "Hydra: Multi-head Low-rank Adaptation for Parameter Efficient Fine-tuning",
      "MoS: Unleashing Parameter Efficiency of Low-Rank Adaptation with Mixture of Shards",
      "ASLoRA: Adaptive Sharing Low-Rank Adaptation Across Layers",
      "NOLA: Networks as Linear Combination of Low Rank Random Basis",
      "Computational Limits of Low-Rank Adaptation (LoRA) for Transformer-Based Models",
      "SORSA: Singular Values and Orthonormal Regularized Singular Vectors Adaptation of Large Language Models",
      "SVFit: Parameter-Efficient Fine-Tuning of Large Pre-Trained Models Using Singular Values",
    ],
  },
  {
    name: "mixture of experts",
    titles: [
      "DynaMoE: Dynamic Token-Level Expert Activation with Layer-Wise Adaptive Capacity for Mixture-of-Experts Neural Networks",
      "ReXMoE: Reusing Experts with Minimal Overhead in Mixture-of-Experts",
      "Chain-of-Experts: Unlocking the Communication Power of Mixture-of-Experts Models",
      "Layerwise Recurrent Router for Mixture-of-Experts",
      "Statistical Perspective of Top-K Sparse Softmax Gating Mixture of Experts",
      "Is Temperature Sample Efficient for Softmax Gaussian Mixture of Experts?",
      "PERFT: Parameter-Efficient Routed Fine-Tuning for Mixture-of-Expert Model",
      "A Survey on Inference Optimization Techniques for Mixture of Experts Models",
    ],
  },
  {
    name: "quantization",
    titles: [
      "Dual Grained Quantization: Efficient Fine-Grained Quantization for LLM",
      "SmoothQuant+: Accurate and Efficient 4-bit Post-Training WeightQuantization for LLM",
      "FireQ: Fast INT4-FP8 Kernel and RoPE-aware Quantization for LLM Inference Acceleration",
      "SplitQuant: Layer Splitting for Low-Bit Neural Network Quantization",
      "BinaryConnect: Training Deep Neural Networks with binary weights during propagations",
      "Quartet: Native FP4 Training Can Be Optimal for Large Language Models",
      "PV-Tuning: Beyond Straight-Through Estimation for Extreme LLM Compression",
    ],
  },
  {
    name: "pruning",
    titles: [
      "A Simple and Effective Pruning Approach for Large Language Models",
      "Fast as CHITA: Neural Network Pruning with Combinatorial Optimization",
      "Scalable iterative pruning of large language and vision models using block coordinate descent",
      "Lattice-Based Pruning in Recurrent Neural Networks via Poset Modeling",
      "HESSO: Towards Automatic Efficient and User Friendly Any Neural Network Training and Pruning",
      "Efficient LLMs with AMP: Attention Heads and MLP Pruning",
      "Fragile Knowledge, Robust Instruction-Following: The Width Pruning Dichotomy in Llama-3.2",
      "Pruning as a Domain-specific LLM Extractor",
    ],
  },
  {
    name: "MLP-Mixer family",
    titles: [
      "MLP-Mixer: An all-MLP Architecture for Vision",
      "RaftMLP: How Much Can Be Done Without Attention and with Less Spatial Locality?",
      "Strip-MLP: Efficient Token Interaction for Vision MLP",
      "Mixing and Shifting: Exploiting Global and Local Dependencies in Vision MLPs",
      "MLP-Mixer as a Wide and Sparse MLP",
      "pNLP-Mixer: an Efficient all-MLP Architecture for Language",
      "HyperMixer: An MLP-based Low Cost Alternative to Transformers",
    ],
  },
  {
    name: "Kolmogorov-Arnold networks",
    titles: [
      "KAN: Kolmogorov-Arnold Networks",
      "KAN or MLP: A Fairer Comparison",
      "Kolmogorov-Arnold Transformer",
      "MLP-KAN: Unifying Deep Representation and Function Learning",
      "Activation Space Selectable Kolmogorov-Arnold Networks",
      "Kolmogorov Arnold Informed neural network: A physics-informed deep learning framework for solving PDEs based on Kolmogorov Arnold Networks",
    ],
  },
  {
    name: "linear and softmax-alternative attention",
    titles: [
      "The Hedgehog & the Porcupine: Expressive Linear Attentions with Softmax Mimicry",
      "Bridging the Divide: Reconsidering Softmax and Linear Attention",
      "Rectifying Magnitude Neglect in Linear Attention",
      "LoLCATs: On Low-Rank Linearizing of Large Language Models",
      "Softplus Attention with Re-weighting Boosts Length Extrapolation in Large Language Models",
      "Theory, Analysis, and Best Practices for Sigmoid Self-Attention",
    ],
  },
  {
    name: "μP and hyperparameter transfer",
    titles: [
      "A Large-Scale Exploration of μ-Transfer",
      "u-μP: The Unit-Scaled Maximal Update Parametrization",
      "μ-Parametrization for Mixture of Experts",
      "Depthwise Hyperparameter Transfer in Residual Networks: Dynamics and Scaling Limit",
      "Tensor Programs VI: Feature Learning in Infinite-Depth Neural Networks",
      "Don't be lazy: CompleteP enables compute-efficient deep transformers",
      "Research without Re-search: Maximal Update Parametrization Yields Accurate Loss Prediction across Scales",
    ],
  },
  {
    name: "recursive and weight-shared transformers",
    titles: [
      "Relaxed Recursive Transformers: Effective Parameter Sharing with Layer-wise LoRA",
      "Sliced Recursive Transformer",
      "Sparse Universal Transformer",
      "MoEUT: Mixture-of-Experts Universal Transformers",
      "Dynamic Layer Tying for Parameter-Efficient Transformers",
      "Mixture-of-Recursions: Learning Dynamic Recursive Depths for Adaptive Token-Level Computation",
    ],
  },
  {
    name: "neural architecture search",
    titles: [
      "Deeper Insights into Weight Sharing in Neural Architecture Search",
      "How to Train Your Super-Net: An Analysis of Training Heuristics in Weight-Sharing NAS",
      "Generalizing Few-Shot NAS with Gradient Matching",
      "Weight-Entanglement Meets Gradient-Based Neural Architecture Search",
      "Neural Architecture Search on Efficient Transformers and Beyond",
    ],
  },
  {
    name: "NeRF and implicit neural representations",
    titles: [
      "LLaNA: Large Language and NeRF Assistant",
      "Scaling LLaNA: Advancing NeRF-Language Understanding Through Large-Scale Training",
      "KiloNeRF: Speeding up Neural Radiance Fields with Thousands of Tiny MLPs",
      "FreSh: Frequency Shifting for Accelerated Neural Representation Learning",
      "Improved Implicit Neural Representation with Fourier Reparameterized Training",
      "Coordinate-Aware Modulation for Neural Fields",
    ],
  },
  {
    name: "continual learning",
    titles: [
      "Catastrophic Interference is Mitigated in Naturalistic Power-Law Learning Environments",
      "CLASSP: a Biologically-Inspired Approach to Continual Learning through Adjustment Suppression and Sparsity Promotion",
      "Hard ASH: Sparsity and the right optimizer make a continual learner",
      "Online Continual Learning on Hierarchical Label Expansion",
      "Neural Weight Search for Scalable Task Incremental Learning",
      "MOS: Model Surgery for Pre-Trained Model-Based Class-Incremental Learning",
    ],
  },
  {
    name: "knowledge localisation and editing",
    titles: [
      "Does Knowledge Localization Hold True? Surprising Differences Between Entity and Relation Perspectives in Language Models",
      "Does Localization Inform Editing? Surprising Differences in Causality-Based Localization vs. Knowledge Editing in Language Models",
      "Balancing Knowledge Updates: Toward Unified Modular Editing in LLMs",
      "Interpreting Key Mechanisms of Factual Recall in Transformer-Based Language Models",
      "Constructing Efficient Fact-Storing MLPs for Transformers",
    ],
  },
  {
    name: "RLHF and preference learning",
    titles: [
      "Reward Generalization in RLHF: A Topological Perspective",
      "Confronting Reward Model Overoptimization with Constrained RLHF",
      "Preference Learning Algorithms Do Not Learn Preference Rankings",
      "PAL: Pluralistic Alignment Framework for Learning from Heterogeneous Preferences",
      "Multi-Level Aware Preference Learning: Enhancing RLHF for Complex Multi-Instruction Tasks",
    ],
  },
  {
    name: "weight-space learning",
    titles: [
      "Equivariant Architectures for Learning in Deep Weight Spaces",
      "Data Augmentations in Deep Weight Spaces",
      "A Model Zoo on Phase Transitions in Neural Networks",
      "Generative Modeling of Weights: Generalization or Memorization?",
    ],
  },
  {
    name: "federated learning",
    titles: [
      "Ferret: Federated Full-Parameter Tuning at Scale for Large Language Models",
      "FedPara: Low-Rank Hadamard Product for Communication-Efficient Federated Learning",
      "FRL: Federated Rank Learning",
      "FedRef: Communication-Efficient Bayesian Fine-Tuning using a Reference Model",
      "Bold but Cautious: Unlocking the Potential of Personalized Federated Learning through Cautiously Aggressive Collaboration",
    ],
  },
  {
    name: "MLP-neuron interpretability",
    titles: [
      "Transcoders Find Interpretable LLM Feature Circuits",
      "Bilinear MLPs enable weight-based mechanistic interpretability",
      "A technical note on bilinear layers for interpretability",
      "Understanding Gated Neurons in Transformers from Their Input-Output Functionality",
      "Confidence Regulation Neurons in Language Models",
    ],
  },
];
