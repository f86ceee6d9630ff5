/** Saves bytes made in the page as a file: nothing is sent anywhere. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the URL when the click is handled; give it a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const csvBlob = (csv: string): Blob => new Blob([csv], { type: 'text/csv;charset=utf-8' });
