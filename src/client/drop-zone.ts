/** A box that takes files dropped on it, as well as through its file input. */
export function onFilesDropped(zone: HTMLElement, take: (files: FileList | undefined) => void): void {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    take(event.dataTransfer?.files);
  });
}
