export default defineBackground(() => {
  // Clicking the toolbar button opens the popup; the side panel is opened from there.
  // Chrome only: Firefox shows the sidebar from its own menu.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
});
