import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildMatcher } from "../../../src/ingest/topics.ts";
import { areaSchema } from "../../../src/schema/area.ts";
import { loadTopics } from "../../eval/corpus.ts";
import { classifier } from "./helpers.ts";

// The shipped taxonomy (content/topics, content/areas) on small hand-written abstracts, one per
// field: what a reader of that field would file the paper under. Real-corpus shares are measured
// by bench/topic-quality.ts, which needs the corpus; these need nothing but the repository.
const topics = loadTopics();
const matcher = buildMatcher(topics);
const areaDir = join(import.meta.dirname, "..", "..", "..", "content", "areas");
const areas = readdirSync(areaDir)
  .filter((f) => f.endsWith(".md"))
  .map((f) => {
    const front = readFileSync(join(areaDir, f), "utf8").split(/^---$/m)[1] ?? "";
    return { id: f.replace(/\.md$/, ""), ...areaSchema.parse(parse(front)) };
  });
const areaOf = new Map(topics.map((t) => [t.id, t.area]));

const classify = classifier(matcher);

describe("shipped areas", () => {
  it("has 10 to 15 areas, and every topic but the catch-all sits in one of them", () => {
    expect(areas.length).toBeGreaterThanOrEqual(10);
    expect(areas.length).toBeLessThanOrEqual(15);
    const ids = new Set(areas.map((a) => a.id));
    for (const t of topics) {
      if (t.catchAll) continue;
      expect(t.area, t.id).toBeDefined();
      expect(ids.has(t.area ?? ""), `${t.id}: area ${t.area}`).toBe(true);
    }
  });

  it("gives every area at least two topics", () => {
    for (const a of areas)
      expect(topics.filter((t) => t.area === a.id).length, a.id).toBeGreaterThanOrEqual(2);
  });
});

const CASES: { title: string; abstract: string; topic: string; area: string }[] = [
  {
    title: "Learning Dexterous Grasping from Human Demonstrations",
    abstract:
      "We train a robot hand to grasp unseen objects with imitation learning from teleoperation data, and transfer the policy from simulation to a real robotic arm.",
    topic: "robot-learning",
    area: "robotics",
  },
  {
    title: "Streaming Speech Recognition for Low-Latency Voice Assistants",
    abstract:
      "We present an ASR model that transcribes spoken utterances in real time and reduces word error rate on conversational speech.",
    topic: "speech",
    area: "speech-audio",
  },
  {
    title: "Semi-Supervised Lesion Segmentation in Brain MRI",
    abstract:
      "Annotating MRI scans is costly. We segment tumor lesions in brain MRI with few labelled scans and evaluate on two radiology datasets.",
    topic: "medical-imaging",
    area: "science-medicine",
  },
  {
    title: "Scaling GRPO with Verifiable Rewards for Math Reasoning",
    abstract:
      "Reinforcement learning with verifiable rewards (RLVR) improves reasoning. We study rollout budgets and entropy in GRPO training of language models.",
    topic: "rl-for-llms",
    area: "rl",
  },
  {
    title: "Feed-Forward Gaussian Splatting from Sparse Views",
    abstract:
      "We reconstruct 3D scenes from two images with a network that predicts 3D Gaussians, enabling novel view synthesis in a single forward pass.",
    topic: "3d-vision",
    area: "vision",
  },
  {
    title: "A Jailbreak Attack on Aligned Chat Models",
    abstract:
      "We craft adversarial prompts that bypass safety guardrails and make models produce harmful content, and propose a defence.",
    topic: "llm-safety",
    area: "safety",
  },
  {
    title: "Text-to-Video Generation with Camera Control",
    abstract:
      "We extend a video diffusion model so that users can steer the camera path while generating videos from text prompts.",
    topic: "video-generation",
    area: "generation",
  },
  {
    title: "Repository-Level Code Generation with Software Engineering Agents",
    abstract:
      "Agents resolve real GitHub issues on SWE-bench by editing source files, running unit tests and repairing bugs.",
    topic: "code-generation",
    area: "agents-reasoning",
  },
  {
    title: "End-to-End Autonomous Driving with Bird's-Eye View Planning",
    abstract:
      "Our model fuses camera and lidar features into a BEV representation, predicts the trajectories of other vehicles and plans the ego car's path.",
    topic: "autonomous-driving",
    area: "robotics",
  },
  {
    title: "Post-Training Quantization of LLMs to 4 Bits",
    abstract:
      "We quantize weights and activations of large language models to 4-bit integers with little loss in accuracy.",
    topic: "quantization",
    area: "efficiency",
  },
  {
    title: "Low-Resource Machine Translation for African Languages",
    abstract:
      "We build a multilingual translation model for twelve African languages with little parallel data and release a benchmark.",
    topic: "multilingual",
    area: "language",
  },
  {
    title: "Predicting Protein Structure and Molecule Binding",
    abstract:
      "We model proteins and small molecules jointly to predict binding affinity, a key step in drug discovery.",
    topic: "science",
    area: "science-medicine",
  },
  {
    title: "Polar Codes with Low-Complexity Decoding for 6G Control Channels",
    abstract:
      "We design polar codes for short blocklengths and a list decoder, and derive the error rate over Rayleigh fading channels with a base station serving many users.",
    topic: "communications",
    area: "theory",
  },
  {
    title: "Truthful Auctions for Selling Compute",
    abstract:
      "We study mechanism design for a market of bidders with private values, prove that the auction is incentive compatible and bound the price of anarchy of its Nash equilibria.",
    topic: "game-theory",
    area: "theory",
  },
  {
    title: "Do Language Models Have a Personality? A Psychometric Study",
    abstract:
      "We give Big Five personality questionnaires and classic cognitive psychology experiments to language models and compare their answers with human participants.",
    topic: "cognitive-science",
    area: "science-medicine",
  },
  {
    title: "Answer Set Programming for Argumentation Frameworks",
    abstract:
      "We encode the semantics of abstract argumentation in answer set programming and compare the solver with SAT-based approaches on standard benchmarks.",
    topic: "symbolic-ai",
    area: "agents-reasoning",
  },
];

describe("shipped topics on hand-written abstracts", () => {
  it.each(CASES.map((c) => [c.topic, c] as const))("files a %s paper under it first", (_, c) => {
    const assigned = classify(c.title, c.abstract);
    expect(assigned[0]).toBe(c.topic);
    expect(areaOf.get(assigned[0] ?? "")).toBe(c.area);
  });

  it("adds no second topic on a passing mention", () => {
    // "students" of a teacher–student setup and "code is available" are not education or code.
    const assigned = classify(
      "Semi-Supervised Semantic Segmentation with a Mean Teacher",
      "A student network learns from pseudo-labels of a teacher on unlabelled images. Code is available.",
    );
    expect(assigned).toEqual(["detection-segmentation"]);
  });

  it("lists the application field first, ahead of the method the paper applies", () => {
    // Segmentation scores higher here, but the paper is a medical imaging paper.
    const assigned = classify(
      "Mamba for Semantic Segmentation of Brain Tumours",
      "A state space network segments brain tumours in MRI scans of patients: semantic segmentation of each lesion, evaluated on a medical image segmentation benchmark.",
    );
    expect(assigned.slice(0, 2)).toEqual(["medical-imaging", "detection-segmentation"]);
  });

  it("files a paper matching nothing under no topic, so that the fallback decides", () => {
    expect(classify("A walk in Lisbon", "We walked along the river on Tuesday.")).toEqual([]);
  });
});
