export { isStopword, STOPWORDS } from "./stopwords.ts";
export {
  normaliseWord,
  singular,
  stem,
  stemPhrase,
  type Token,
  type TokenizedPaper,
  tokenize,
  tokenizePaper,
} from "./tokenize.ts";
