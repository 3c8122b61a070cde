/**
 * Terms that a line break must never split, whatever the word segmenter says: a leader's name and
 * the fixed formulations (提法) the speech uses. Each must occur in slides/speech.txt.
 * Data only: how lines break is decided in src/render/phrases.ts.
 */
export const unbreakableTerms: readonly string[] = [
  // The leader's name, and the formulations that carry it.
  '习近平',
  '习近平新时代中国特色社会主义思想',
  '以习近平同志为核心的党中央',
  '总书记',
  // Fixed political formulations. The longest above breaks between these on a phone.
  '新时代',
  '中国特色社会主义',
  '马克思主义',
  '党的二十大',
  '主题教育',
  '学习贯彻',
  '看家本领',
  '政治认同',
  '思想认同',
  '理论认同',
  '情感认同',
  '人民至上',
  '形式主义',
  '官僚主义',
  '走在前',
  '作表率',
  // Set phrases (成语 and the like) that the segmenter cuts apart.
  '凝心聚力',
  '驰而不息',
  '一以贯之',
  '以上率下',
  '急难愁盼',
  // The bureau's own field.
  '市场监管',
];
