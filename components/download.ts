/**
 * Saves text as a file through an `<a download>` on a Blob URL: no `downloads` permission needed.
 */

/** Starts the download of `content` as `fileName` and releases the Blob URL afterwards. */
export function saveTextFile(fileName: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
