/** Site-wide wording, in one place. */
export const SITE = {
  name: "Papershelf",
  tagline: "Research-paper digests, one page per paper",
  description:
    "A browsable shelf of machine-learning papers collected from daily paper digests: abstracts, code links, topics and related papers.",
};

/** Main navigation. Other features (explore, …) add their entry here when their page exists. */
export const NAV: { label: string; path: string }[] = [
  { label: "Papers", path: "papers" },
  { label: "Digests", path: "digests" },
  { label: "Topics", path: "topics" },
  { label: "Archive", path: "archive" },
  { label: "Explore", path: "explore" },
];
