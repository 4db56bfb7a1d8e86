export { synthesizeCorpus, emitFile, typeShares, districtShare, firstYear, lastYear, yearWeight, type SynthDocument, type SynthCitation, type SynthOptions } from './generate.ts';
export { buildSentenceBank, type SentenceBank } from './sentences.ts';
export { createRandom, mulberry32, type Random } from './random.ts';
export { synthProvinces, populationShare } from './places.ts';
export { centralDocuments } from './central.ts';
