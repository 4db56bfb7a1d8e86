/** Validity (tình trạng hiệu lực) and effective dates: pure, shared by the pages, search and open data. */
export * from './derive.ts';
export * from './effective-date.ts';
