import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Segmenter } from './phrases.ts';

let jieba: Jieba | undefined;

/**
 * Chinese words by jieba's default dictionary (exact mode, no HMM guesses for unknown words).
 * Chosen over budoux's Simplified Chinese model, which on this speech splits words such as
 * 岗|位, 专|项 and 辅|导 besides names; jieba keeps them whole. Loaded once (about 0.4 s).
 */
export function wordSegmenter(): Segmenter {
  jieba ??= Jieba.withDict(dict);
  const loaded = jieba;
  return (text) => loaded.cut(text, false);
}
