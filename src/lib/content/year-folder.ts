/**
 * A document's folder under content/van-ban/ is its year, and the folder is part of its permanent
 * URL (/van-ban/2019/…): a document filed under the wrong year would be published, and cited, at a
 * wrong address for good. The folder must therefore say exactly what `year` says.
 */

/** Folder of documents whose year of issue is unknown (year: null). */
export const unknownYearFolder = 'chua-ro-nam';

/** The folder a document of this year belongs in. */
export function folderForYear(year: number | null): string {
  return year === null ? unknownYearFolder : String(year);
}

/** Why the folder does not fit the year, with the fix; null when it does. */
export function yearFolderProblem(folder: string, year: number | null, fileName: string): string | null {
  const expected = folderForYear(year);
  if (folder === expected) return null;
  const what = year === null ? 'year is null (unknown)' : `year is ${year}`;
  return `the file is in the folder "${folder}" but ${what}; move it to content/van-ban/${expected}/${fileName} (the folder is part of the permanent URL), or correct the year`;
}
