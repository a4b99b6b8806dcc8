/**
 * Which option of the header box's listbox is active after a key press (the WAI-ARIA combobox
 * pattern: arrows move and wrap, Home/End jump, -1 means "focus stays in the text box"). Pure.
 */
export function nextActive(current: number, count: number, key: string): number {
  if (count === 0) return -1;
  switch (key) {
    case "ArrowDown":
      return current >= count - 1 ? 0 : current + 1;
    case "ArrowUp":
      return current <= 0 ? count - 1 : current - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return current;
  }
}

/** True when a key press should open the search box: `/` outside a text field, or Ctrl/Cmd+K. */
export function isOpenShortcut(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">,
  inTextField: boolean,
): boolean {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
    return true;
  }
  return event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !inTextField;
}
