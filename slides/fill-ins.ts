/**
 * 填空 — the names and numbers the anonymised speech leaves blank.
 *
 * Replace `undefined` with the value for the meeting, then rebuild (`npm run build`):
 * - name / text: the words, e.g. '宁夏' (no asterisks, braces or markup);
 * - count: a whole number, e.g. 12;  month: 1 to 12;
 * - amount / decimal: digits in the source's shape: `*.*` takes one decimal place ('3.5'),
 *   `**.**` two ('12.30': write it as a string to keep a trailing zero).
 * A blank left undefined shows as an underlined gap. `npm run build -- --strict` fails while any
 * is left. What each blank is, and where it stands, is in `fillIns` in slides/outline.ts.
 */
import type { FillInValues } from '../src/outline/fill-ins.ts';
import type { fillIns } from './outline.ts';

export const values: FillInValues<typeof fillIns> = {
  groupLeader: undefined, // 称呼中组长的姓氏
  region: undefined, // “美丽新”后的地名
  localReading: undefined, // 学习篇目名称（某某篇）
  researchTopics: undefined, // 重点调研课题数量（个）
  overallScope: undefined, // “统筹……大局所需”所指的地区
  trainedHeads: undefined, // 参加轮训的市场监管所所长人数（个）
  funding: undefined, // 争取的财政资金（万元）
  modelStations: undefined, // 打造的标杆示范所数量（个）
  divisions: undefined, // 下沉企业的处（室）数量（个）
  livelihoodAreas: undefined, // 聚焦的民生领域数量（个）
  hardcoreMeasures: undefined, // “硬核”举措条数（条）
  asOfMonth: undefined, // 统计截至的月份
  newEntities: undefined, // 新登记经营主体（万户）
  allEntities: undefined, // 各类市场主体总数（万户）
  wineCentreLocation: undefined, // 葡萄酒检验检测中心括注的地名
  consumptionPlace: undefined, // “放心消费在”后的地名
};
