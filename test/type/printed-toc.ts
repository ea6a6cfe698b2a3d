/**
 * The 目录 of 2022-08 as the printed magazine has it (test/fixtures/seed-2022-08.txt, its 目录 section):
 * per entry the page, the 引题 where it is printed, the title, the subtitle where printed and the
 * authors. Transcribed by hand; sample.test.ts checks every entry against the seed text itself.
 */
export interface PrintedEntry {
  page: number;
  kicker?: string;
  title: string;
  subtitle?: string;
  authors?: string;
}

export const PRINTED_TOC: PrintedEntry[] = [
  { page: 1, title: "牢记领袖嘱托 勇挑担当之责 不断夯实党在新疆的执政根基", authors: "辛组研" },
  { page: 4, title: "高端时论" },
  {
    page: 8,
    kicker: "自治区党委理论学习中心组专题学习习近平总书记关于完整准确全面贯彻新发展理念的重要论述",
    title: "把握新发展阶段贯彻新发展理念构建新发展格局 持续推动新疆经济社会高质量发展",
  },
  {
    page: 9,
    kicker: "自治区党委召开专题会议",
    title: "全面提升高效统筹能力水平 坚决做到疫情要防住经济要稳住发展要安全",
  },
  { page: 10, title: "以高质量党建引领社区治理现代化", subtitle: "——加强城市基层治理体系和治理能力现代化对策研究" },
  {
    page: 12,
    title: "党建引领治理 服务温暖城市",
    subtitle: "——新疆扎实做好城市基层党建工作以实际行动迎接党的二十大胜利召开",
    authors: "本刊编辑部",
  },
  { page: 14, title: "法治力量守护天山南北和谐安宁", authors: "潘从武" },
  { page: 16, title: "凝心聚力共建共治", authors: "唐丽君 苗密" },
  { page: 18, title: "数智赋能 乘“云”而上", authors: "郑涛 兰天" },
  { page: 20, title: "党建引领“红色物业” 化解基层治理“千千结”", authors: "刘衍金 何新馨" },
  { page: 22, title: "聚合服务群众力量 推进城市基层治理", authors: "师海洋" },
  { page: 24, title: "凝聚治理合力 提升服务质效" },
  { page: 30, title: "幸福敲开社区大门", authors: "党友" },
  { page: 32, title: "突出特色关键 坚持真抓实干", authors: "沪志文" },
  { page: 34, title: "党建质量明显提高 队伍活力持续增强", authors: "马桂芳" },
  { page: 36, title: "画好城市基层治理“同心圆”", authors: "唐兴义" },
  { page: 38, title: "优化城市基层治理 提升为民服务效能", authors: "马梦雪" },
  { page: 40, title: "新疆党建研究会公立医院党建研究专业委员会成立等" },
  { page: 44, title: "共产党人对新疆反帝会的两次改组", authors: "王春华" },
  { page: 45, title: "青山掩忠骨 精神耀千秋", authors: "谢凡" },
  { page: 46, title: "把社区服务做到家" },
  { page: 48, title: "远程教育赋能乡土人才振兴", authors: "郭梦露 刘雯屏" },
  { page: 49, title: "共建和谐幸福家园", authors: "马艳玲" },
  { page: 50, title: "党建引领教育高质量发展", authors: "古丽努尔·库尔曼白克 陈昱" },
  { page: 51, title: "致富不忘众乡亲", authors: "王媛" },
  { page: 52, title: "暴风雪中的逆行者", authors: "贺泽山" },
  { page: 53, title: "播撒爱心 收获幸福", authors: "马百原" },
  { page: 54, title: "充分发挥依规治党的政治保障作用" },
  { page: 56, title: "“香”约新疆 “果”真味美" },
  { page: 58, title: "走进“油画塔城”" },
  { page: 60, title: "有形有感有效铸牢中华民族共同体意识", authors: "党友" },
  { page: 62, title: "与杂志社初识的日子", authors: "蒲强" },
  { page: 63, title: "继纯正家风 为人生“加分”", authors: "刘卓" },
  { page: 64, title: "书写奋斗人生 铸就无悔青春", authors: "刘欣" },
];
