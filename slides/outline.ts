/**
 * The deck's content: which words of slides/speech.txt each slide shows, and which
 * sentences it carries in its speaker notes. Plain data — the engine in src/ renders it.
 *
 * Rules the build enforces (src/outline/): every visible string is quoted verbatim from the
 * speech (or is one of `structuralLabels`); the notes, in deck order, are the whole speech.
 * The source's anonymised blanks (*, **, ***, *.*, **.**) are written as fill-ins, `{id}`,
 * declared in `fillIns` below; the presenter gives their values in slides/fill-ins.ts.
 */
import type { FillInDeclarations } from '../src/outline/fill-ins.ts';
import type { Outline } from '../src/outline/types.ts';

/**
 * One entry per blank of the speech, each used once, except where the text shows two blanks
 * are the same thing (sameBecause). Blanks that may well hold the same place name but are not
 * the same formulation stay separate: the deck must not assume what the source removed.
 */
export const fillIns = {
  groupLeader: { kind: 'name', description: '称呼中组长的姓氏', blank: '**' },
  region: {
    kind: 'name',
    description: '“美丽新”后的地名',
    blank: '**',
    sameBecause: '“美丽新**” is one formulation, used in the opening and the closing sentence for the same place',
  },
  localReading: { kind: 'text', description: '学习篇目名称（某某篇）', blank: '**' },
  researchTopics: { kind: 'count', description: '重点调研课题数量（个）', blank: '**' },
  overallScope: { kind: 'name', description: '“统筹……大局所需”所指的地区', blank: '**' },
  trainedHeads: { kind: 'count', description: '参加轮训的市场监管所所长人数（个）', blank: '***' },
  funding: { kind: 'amount', description: '争取的财政资金（万元）', blank: '***' },
  modelStations: { kind: 'count', description: '打造的标杆示范所数量（个）', blank: '**' },
  divisions: { kind: 'count', description: '下沉企业的处（室）数量（个）', blank: '*' },
  livelihoodAreas: { kind: 'count', description: '聚焦的民生领域数量（个）', blank: '**' },
  hardcoreMeasures: { kind: 'count', description: '“硬核”举措条数（条）', blank: '**' },
  asOfMonth: { kind: 'month', description: '统计截至的月份', blank: '*' },
  newEntities: { kind: 'decimal', description: '新登记经营主体（万户）', blank: '*.*' },
  allEntities: { kind: 'decimal', description: '各类市场主体总数（万户）', blank: '**.**' },
  wineCentreLocation: { kind: 'name', description: '葡萄酒检验检测中心括注的地名', blank: '**' },
  consumptionPlace: { kind: 'name', description: '“放心消费在”后的地名', blank: '**' },
} as const satisfies FillInDeclarations;

export const outline: Outline = {
  lang: 'zh-CN',
  structuralLabels: ['一', '二', '三', '四', '目录'],
  fillIns,
  slides: [
    {
      kind: 'cover',
      id: 'cover',
      title: '市场监管局在主题教育专题座谈会上的发言材料',
      speaker: '市市场监督管理局',
      notes: '市场监管局在主题教育专题座谈会上的发言材料\n尊敬的{groupLeader}组长，各位领导，同志们：',
    },
    {
      kind: 'opening',
      id: 'opening',
      lead: '在全党深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，是党的二十大作出的重大部署',
      statements: [
        '始终坚持不懈用习近平新时代中国特色社会主义思想统一思想、统一意志、统一行动',
        '以高度的政治担当和行动自觉把党的决策部署落到实处',
        '切实把主题教育成效转化为全面推进市场监管现代化、加快建设美丽新{region}的生动实践',
      ],
      notes:
        '在全党深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，是党的二十大作出的重大部署，对于统一全党思想、解决党内存在的突出问题、始终保持党同人民群众血肉联系、推动党和国家事业发展，具有重要意义。市市场监督管理局切实担当起市场监管部门的政治责任，始终坚持不懈用习近平新时代中国特色社会主义思想统一思想、统一意志、统一行动，以高度的政治担当和行动自觉把党的决策部署落到实处，切实把主题教育成效转化为全面推进市场监管现代化、加快建设美丽新{region}的生动实践。根据会议安排，现将有关工作进展情况汇报如下：',
    },
    { kind: 'overview', id: 'overview', heading: '目录' },
    {
      kind: 'pillar',
      id: 'pillar-1',
      ordinal: '一',
      heading: '坚持学思想为先',
      pledge: '在筑牢政治忠诚上走在前、作表率',
      quotation: {
        attribution: '习近平总书记指出',
        text: '“不断增进对党的创新理论的政治认同、思想认同、理论认同、情感认同，真正把马克思主义看家本领学到手”',
      },
      notes:
        '坚持学思想为先，在筑牢政治忠诚上走在前、作表率。习近平总书记指出，“不断增进对党的创新理论的政治认同、思想认同、理论认同、情感认同，真正把马克思主义看家本领学到手”。全市市场监管部门坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂，把党的创新理论转化为推动高质量发展的政治自觉、思想自觉、行动自觉。',
      measures: [
        {
          kind: 'measure',
          id: 'pillar-1-1',
          label: '一是',
          title: '以上率下带头学',
          points: [
            '坚持“第一议题”制度和“双随机”学习交流机制',
            '局班子成员带头交流研讨、带头讲党课、带头作辅导',
            '以“关键少数”示范引领“绝大多数”',
          ],
          notes:
            '一是以上率下带头学。坚持“第一议题”制度和“双随机”学习交流机制，结合市场监管工作实际列出专题，局班子成员带头交流研讨、带头讲党课、带头作辅导，以“关键少数”示范引领“绝大多数”。',
        },
        {
          kind: 'measure',
          id: 'pillar-1-2',
          label: '二是',
          title: '融会贯通共同学',
          points: [
            '建立“周学习、月研讨、季考核”学习制度',
            '将“必读篇”“最新篇”“{localReading}篇”“市场监管篇”和必读、选读书目有机结合',
            '紧扣市场监管实际抓学习、强理论、促提升',
          ],
          notes:
            '二是融会贯通共同学。建立“周学习、月研讨、季考核”学习制度，将“必读篇”“最新篇”“{localReading}篇”“市场监管篇”和必读、选读书目有机结合，通过集中学习、专题辅导、交流研讨等方式，紧扣市场监管实际抓学习、强理论、促提升。',
        },
        {
          kind: 'measure',
          id: 'pillar-1-3',
          label: '三是',
          title: '立足主业统筹学',
          points: [
            '构建“理论联学、活动联办、工作联动”教育模式',
            '创新开展主题巡讲、“新思想永远在路上”主题党日活动等',
            '开展“沿着总书记足迹，感悟思想伟力”主题实践活动',
            '提升理论学习吸引力、感召力',
          ],
          notes:
            '三是立足主业统筹学。构建“理论联学、活动联办、工作联动”教育模式，创新开展主题巡讲、“新思想永远在路上”主题党日活动等，在局微信公众号开设主题教育县（市、区）局长访谈专栏，在青年干部、离退休党员干部中开展“沿着总书记足迹，感悟思想伟力”主题实践活动，提升理论学习吸引力、感召力。',
        },
      ],
    },
    {
      kind: 'pillar',
      id: 'pillar-2',
      ordinal: '二',
      heading: '坚持强党性为要',
      pledge: '在树立新风正气上走在前、作表率',
      quotation: {
        attribution: '习近平总书记强调要',
        text: '“当好良好政治生态和社会风气的引领者、营造者、维护者”',
      },
      notes:
        '坚持强党性为要，在树立新风正气上走在前、作表率。习近平总书记强调要“当好良好政治生态和社会风气的引领者、营造者、维护者”。全市市场监管部门始终牢记“三个务必”，把作风建设牢牢抓在手上，在锻造严硬作风、打造过硬队伍上下功夫、求实效。',
      measures: [
        {
          kind: 'measure',
          id: 'pillar-2-1',
          label: '一是',
          title: '锤炼过硬党性',
          points: [
            '在深学笃行中坚定理想信念、加强党性锤炼',
            '始终在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致',
            '真正让“总书记怎么说、我们就怎么做”成为市场监管部门最鲜明的政治底色',
          ],
          notes:
            '一是锤炼过硬党性。在深学笃行中坚定理想信念、加强党性锤炼，始终在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，真正让“总书记怎么说、我们就怎么做”成为市场监管部门最鲜明的政治底色。',
        },
        {
          kind: 'measure',
          id: 'pillar-2-2',
          label: '二是',
          title: '大兴调查研究',
          points: [
            '聚焦市场监管工作难点堵点和群众关注的急难愁盼问题',
            '确定重点调研课题{researchTopics}个',
            '把脉问诊、梳理问题、研究对策',
            '切实把调研成果转化为解决问题的实际举措',
          ],
          notes:
            '二是大兴调查研究。聚焦市场监管工作难点堵点和群众关注的急难愁盼问题，局领导班子每人领题，机关每个科室对口一个县（区），确定重点调研课题{researchTopics}个，深入市场、企业等工作一线，把脉问诊、梳理问题、研究对策，切实把调研成果转化为解决问题的实际举措。',
        },
        {
          kind: 'measure',
          id: 'pillar-2-3',
          label: '三是',
          title: '强化工作作风',
          points: [
            '深入开展纠治形式主义官僚主义专项整治',
            '全面启动全市市场监管系统行风建设三年攻坚专项行动',
            '打造“政治素质优、业务能力优、工作业绩优、群众评价优、作风形象优”的市场监管队伍',
          ],
          notes:
            '三是强化工作作风。深入开展纠治形式主义官僚主义专项整治，全面启动全市市场监管系统行风建设三年攻坚专项行动，力争通过三年努力，打造“政治素质优、业务能力优、工作业绩优、群众评价优、作风形象优”的市场监管队伍。',
        },
      ],
    },
    {
      kind: 'pillar',
      id: 'pillar-3',
      ordinal: '三',
      heading: '坚持重实践为本',
      pledge: '在检视整改问题上走在前、作表率',
      quotation: {
        attribution: '习近平总书记强调',
        text: '“凝心聚力促发展，驰而不息抓落实，立足岗位作贡献，努力创造经得起历史和人民检验的实绩”',
      },
      notes:
        '坚持重实践为本，在检视整改问题上走在前、作表率。习近平总书记强调，“凝心聚力促发展，驰而不息抓落实，立足岗位作贡献，努力创造经得起历史和人民检验的实绩”。全市市场监管部门统筹{overallScope}大局所需、人民群众所盼、市场监管所能，以推动发展、服务民生的新成效检验主题教育成果。',
      measures: [
        {
          kind: 'measure',
          id: 'pillar-3-1',
          label: '一是',
          title: '点对点帮助基层',
          points: [
            '加强市场监管标准化规范化建设',
            '组织{trainedHeads}个市场监管所所长进行轮训',
            '积极争取财政资金{funding}万元',
            '全力打造{modelStations}个标杆示范所',
          ],
          notes:
            '一是点对点帮助基层。针对全市基层市场监管所监管手段落后、保障不到位等问题，加强市场监管标准化规范化建设，成立领导机构和工作机构，出台工作方案，组织{trainedHeads}个市场监管所所长进行轮训，积极争取财政资金{funding}万元，全力打造{modelStations}个标杆示范所，辐射带动全市市场监管所标准化规范化建设。',
        },
        {
          kind: 'measure',
          id: 'pillar-3-2',
          label: '二是',
          title: '面对面扶持企业',
          points: [
            '扎实开展“机关干部基层工作周”试点工作',
            '采取企业“点单”、部门“接单”、机关“派单”的方式对口服务企业',
            '面对面帮助企业解决托幼、专利申请等实事',
          ],
          notes:
            '二是面对面扶持企业。扎实开展“机关干部基层工作周”试点工作，采取企业“点单”、部门“接单”、机关“派单”的方式对口服务企业，{divisions}个处（室）分别下沉企业，面对面帮助企业解决托幼、专利申请等实事。',
        },
        {
          kind: 'measure',
          id: 'pillar-3-3',
          label: '三是',
          title: '实打实服务群众',
          points: [
            '从验光配镜、打车计价等小切口入手',
            '聚焦{livelihoodAreas}个民生领域突出问题',
            '开展“办实事、解民忧、暖民心”实践活动',
            '着力解决群众的操心事、烦心事、揪心事',
          ],
          notes:
            '三是实打实服务群众。从验光配镜、打车计价等小切口入手，聚焦{livelihoodAreas}个民生领域突出问题，开展“办实事、解民忧、暖民心”实践活动，着力解决群众的操心事、烦心事、揪心事。',
        },
      ],
    },
    {
      kind: 'pillar',
      id: 'pillar-4',
      ordinal: '四',
      heading: '坚持建新功为重',
      pledge: '在促发展惠民生上走在前、作表率',
      quotation: {
        text: '坚持人民至上是我们党一百多年来一以贯之的价值取向和立场原则',
      },
      notes:
        '坚持建新功为重，在促发展惠民生上走在前、作表率。坚持人民至上是我们党一百多年来一以贯之的价值取向和立场原则。全市市场监管部门始终以高度的责任感和积极的担当作为，站稳人民立场，在促发展惠民生上展现新作为。',
      measures: [
        {
          kind: 'measure',
          id: 'pillar-4-1',
          label: '一是',
          title: '激发经营主体活力',
          points: [
            '持续推动优化营商环境促进民营经济高质量发展{hardcoreMeasures}条“硬核”举措的落实',
            '巩固提升企业开办“一网通办”“一日办结”成果',
            '深化“证照分离”改革',
            '全市新登记经营主体{newEntities}万户，各类市场主体达{allEntities}万户',
          ],
          notes:
            '一是激发经营主体活力。持续推动优化营商环境促进民营经济高质量发展{hardcoreMeasures}条“硬核”举措的落实，巩固提升企业开办“一网通办”“一日办结”成果，深化“证照分离”改革，实施个体工商户差异化精准扶持机制。截至{asOfMonth}月末，全市新登记经营主体{newEntities}万户，各类市场主体达{allEntities}万户。',
        },
        {
          kind: 'measure',
          id: 'pillar-4-2',
          label: '二是',
          title: '助推产业转型升级',
          points: [
            '围绕“六新六特六优”产业',
            '深入推进质量强市和知识产权强市建设',
            '大力培育特色产业品牌',
            '为全市产业链补链、延链、强链增添动力',
          ],
          notes:
            '二是助推产业转型升级。围绕“六新六特六优”产业，深入推进质量强市和知识产权强市建设，大力培育特色产业品牌，完成国家葡萄酒产品质量检验检测中心（{wineCentreLocation}）等重点实验室建设，为全市产业链补链、延链、强链增添动力。',
        },
        {
          kind: 'measure',
          id: 'pillar-4-3',
          label: '三是',
          title: '深化市场秩序治理',
          points: [
            '深入推进“放心消费在{consumptionPlace}”创建活动',
            '突出抓好“米袋子”“菜篮子”等重要民生商品价格监管',
            '大力开展民生领域案件查办“铁拳”行动',
            '推动公平竞争审查制度全面落实',
          ],
          notes:
            '三是深化市场秩序治理。深入推进“放心消费在{consumptionPlace}”创建活动，突出抓好“米袋子”“菜篮子”等重要民生商品价格监管，大力开展民生领域案件查办“铁拳”行动，持续深化医药、教育等重点领域价格行为专项治理，严厉打击虚假宣传、价格欺诈等违法行为，用情用力保护消费者合法权益。推动公平竞争审查制度全面落实，着力构建统一开放、制度完备、治理完善的高标准市场体系，为全面建设社会主义现代化美丽新{region}作出新的更大贡献。',
        },
      ],
    },
    {
      kind: 'closing',
      id: 'closing',
      text: '发言完毕，谢谢大家！',
      notes: '发言完毕，谢谢大家！',
    },
  ],
};
