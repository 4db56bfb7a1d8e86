/**
 * Structure of normative texts (Phần, Chương, Mục, Điều, khoản, điểm) and their anchors. Pure: the
 * page, the open data and the citation engine share it.
 */
export * from './anchors.ts';
export * from './parse.ts';
