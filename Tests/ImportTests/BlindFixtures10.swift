import Foundation
@testable import PlanImport

/// A tenth blind set: six TYPICAL plans of the genre, each as a user's select-all copy of a kind of web page none of the
/// earlier sets used, page furniture included above, below and sometimes inside the plan. Invented content throughout
/// (fictional places 枫渚县, 栎湾区, 楝溪镇, 椿岭县, 桤城市, 榧川县 in an invented 雁汀省; invented platforms, accounts, users and
/// numbers; no published sentence copied): a county 年度工作要点 reposted on a 搜狐号-like self-media platform (狐讯号) with an
/// ad line between two parts; a district 年度工作计划 opened as a 腾讯文档-like shared online document (青简文档) with its
/// toolbar, a collaborator's cursor label inside the text and the comment panel below; a township central school's 学期工作计划
/// posted on a Discuz-like teachers' forum, split over the 楼主 post and the poster's own 沙发 floor, with a reply quoting it;
/// a county 工作总结和下一年工作计划 saved to a 360doc-like 个人图书馆 (云藏图书馆) with an "展开阅读全文" cut; a city 三年行动
/// 实施方案 under its notice on the city government site's 手机版 page; a county 十五五 规划（摘要） reposted on a 新浪博客-like
/// blog (云朗博客) with its profile column, 转载 marker and 原文地址 line.
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// Before writing, the stored public pages were searched for these kinds of site; few of them are stored, so layouts were
/// read only where found (nothing copied): a personal blog page with its profile column (访问/博文数量/等级/积分/注册时间,
/// 个人简介, 文章分类, 文章存档, 我的朋友) and another with 浏览/来自/最近访客/存档分类/最新评论 and 阅读更多; a download site's
/// resource card (资源ID/资源大小/全文页数/下载积分, 快捷下载, 温馨提示); a software-tips page (当前位置, 更新时间/来源 line);
/// tutorial pages describing a shared online document's screen (分享, 协作者 and 权限, 历史版本, 评论 and @, coloured cursor
/// labels, 自动保存); a laws site's tag page. The rest of each kind's furniture is reproduced from common knowledge of such
/// sites in invented wording: self-media reposts (platform menu, the author card with article and read counts, 查看TA的文章,
/// date/发布于 line, +关注, 来源 line, an inline 广告 line, 编辑/审核 credits, the 返回首页 prompt, the platform's 声明, 阅读 count, 投诉,
/// 作者最新文章, 我来说两句 with 参与/评论 counts, 登录并发表, copyright and ICP line); shared online documents (product name,
/// document name with 已保存到云端, 最近编辑 line, menu and toolbar rows, 正在协作/分享, a "… 正在编辑" label, 字数, the 评论
/// panel with users, dates and remarks, 查看历史版本, login and app prompts); forums (site name and menu, › breadcrumb, 查看/回复
/// counts, the bracketed thread title, user name with 帖子/积分/用户组 line, 楼主/沙发/板凳 floors, 发表于/只看该作者/倒序浏览,
/// 本帖最后由…编辑, 接上楼, 签名, 回复/支持/反对/举报 row, a quoted post cut with "...", 返回列表/发表回复, the login prompt,
/// Powered by and ICP lines); 个人图书馆 pages (site name and menu, 搜文章/找馆友, the saver/date/发布于/阅读/转藏 line, 大 中 小/
/// 全屏/打印/分享/献花 row, 展开阅读全文, 来自：user > 《文集》, the storage-space disclaimer, 评论 box and 评论公约, 类似文章 list,
/// the © line); government 手机版 pages (site name, 手机版, 导航/搜索/无障碍, 当前位置, date/来源/浏览 line, A+ A- 字号, 分享到,
/// 相关文件, 返回顶部, 首页 | 电脑版, 主办/网站标识码 and ICP lines, the bottom tab row); blogs (blog name, address,
/// 订阅 buttons, blog menu, 个人资料 with 加好友/发纸条/写留言/加关注 and 等级/积分/访问/人气 lines, 正文 字体大小, the bracketed
/// time, 转载▼, 标签/分类, 原文地址…作者…, the 阅读/评论/收藏/转载/喜欢/打印/举报 row, 已投稿到, 前一篇/后一篇, 评论 with the
/// warning, [发评论], a comment, the feedback and copyright lines).
/// Conventions followed from the earlier sets: depth 0 for the top level; a heading is its number label followed by its text
/// with whitespace removed, a lead phrase losing its 。, a goal line "1.名称：…" keeping the part before the colon; the title,
/// the notice (文号, addressees, body, signature, date), the unnumbered introduction and a "具体目标如下：" colon line are not
/// headings and not noise. An indicator takes the clause's year, else the plan's year (a term plan's calendar year, a
/// multi-year plan's last year, a summary's figures the year summarised, the plan half of a 总结和计划 the year it plans);
/// scope only when the sentence names it (全省/全县/全区/全市/城区), from where it is named to the 。 of that sentence, 其中
/// parts included; 以上/不低于/不少于 → ge, 以内/控制在…以内 → le, 左右 → approx, 达到/保持/力争达到 without 以上 → eq;
/// 由A提高到B → "from A" with @year when written; 全年/“十五五”期间 are dropped from a name, 每年/每名/每班 kept; a point change
/// standing alone is an indicator in 个百分点, beside the value it explains it is not. Counts of tests, analyses, inspections,
/// rounds, drills, parent meetings and training courses held, ranks and stock counts in a background sentence are
/// notIndicators. A deadline sentence is a task with its item's owner bracket; an item with an owner bracket and no deadline
/// is a task under the item's title; "由…牵头" names a lead; a month without a year takes the plan's year, 年底前 gives the
/// year alone, 到N年 gives N; a line of the month schedule is a task due that month. Noise is every line of the page around
/// the plan, in reading order, as the whole line.
/// Read the same way in this set: counts of 评比, 赛课 and 推进会 held are notIndicators like the counts listed above; a goal
/// line "（一）名称：…" keeps the part before the colon like "1.名称：…"; two deadline sentences before one owner bracket are two
/// tasks with that owner; a deadline with a written year keeps it in a multi-year plan; lines inside the plan that belong to
/// the page (an ad, a collaborator's cursor label, a 展开阅读全文 cut, a forum floor's header, buttons and "接上楼：") are noise.
enum BlindFixtures10 {
    /// A county 年度工作要点 reposted on a 搜狐号-like self-media platform: the platform name and menu, the author card
    /// (account, article and read counts, 查看TA的文章>) above the title, a date/发布于 line, +关注 and a 来源 line under it; the
    /// 总体思路 introduction, 一、主要目标 as one paragraph with 全县, four more parts with （一）（二）（三） "lead。body" items
    /// restarting in every part, owners as （牵头股室：…）, a standalone point fall, "由…牵头", a 其中 part after 全县, 年底前;
    /// an ad line between 三、 and 四、; credits, the 返回首页 prompt, the platform's 声明, the reads count, 投诉, 作者最新文章 with two
    /// titles, the comment box and the copyright line below.
    static let countyKeyPointsOnSelfMediaRepost = """
        狐讯网
        首页  新闻  教育  财经  科技  汽车  房产  更多
        枫渚教育发布
        文章 1286  总阅读 36.4万
        查看TA的文章>
        枫渚县教育局2026年教育工作要点
        2026-02-27 16:48  发布于：雁汀省
        +关注
        来源：枫渚县教育局
        2026年全县教育工作的总体思路是：以办好人民满意的教育为目标，聚焦扩优提质、强师兴校、安全稳定，推动全县教育事业高质量发展。现将全年工作要点公布如下。
        一、主要目标
        全县学前三年毛入园率达到94.5%，义务教育巩固率保持在99.3%以上，高中阶段毛入学率达到93%，普通高中本科上线率力争达到58%。
        二、扩大优质教育资源
        （一）推进学校建设。新建、改扩建中小学幼儿园6所，新增学位1850个。8月底前建成枫渚县第四小学并投入使用。（牵头股室：计财股）
        （二）推进集团化办学。新组建城乡教育集团3个，集团化办学覆盖率达到80%。
        （三）补齐学前教育短板。公办幼儿园在园幼儿占比达到56%，普惠性幼儿园覆盖率保持在90%以上。（牵头股室：学前教育股）
        三、提升教育教学质量
        （一）深化课堂教学改革。评选县级优质课100节，每学期开展1次教学质量监测。
        （二）加强体育美育工作。中小学生体质健康优良率达到54%，学生近视率较上年下降1个百分点。6月底前完成全县中小学生体质健康测试。（牵头股室：体卫艺股）
        广告  春季亲子研学营火热报名中  了解详情
        四、建设高素质教师队伍
        （一）补充教师力量。公开招聘中小学教师80名左右，其中紧缺学科教师不少于15名。由县教育局人事股牵头，7月底前完成新教师公开招聘。
        （二）加强教师培训。每名教师年度培训不少于72学时，新评选县级骨干教师100名。
        五、强化保障，守牢安全底线
        （一）强化校园安全。学校“一键报警”装置安装率保持100%，每月开展1次校园安全隐患排查。9月底前完成全县校车安全专项整治。（牵头股室：安全股）
        （二）加大经费投入。全县教育经费投入不低于6.2亿元，其中学校建设资金1.5亿元。年底前完成全县中小学食堂提质改造。（牵头股室：计财股）
        编辑：韦思源  审核：卢嘉禾
        返回狐讯网首页，看更多资讯
        平台声明：本文内容由入驻作者发布，观点仅代表作者本人，狐讯网只提供信息存储空间服务。
        阅读 (2316)
        投诉
        作者最新文章
        枫渚县2026年中小学招生入学工作方案公布
        枫渚县第二实验小学新校区即将开工
        我来说两句
        0人参与，0条评论
        登录并发表
        Copyright © 2026 狐讯网 版权所有  雁ICP备2026000101号
        """

    /// A district 年度工作计划 opened as a 腾讯文档-like shared online document: the product name, the document name with
    /// 已保存到云端, the 最近编辑 line, the menu and toolbar rows and the 协作/分享 row above the text; 一、工作目标 with four
    /// "（N）名称：…" goal lines (全区 in the first), 二、 with （一）…（四） titles alone on their lines over "N.lead。body" items,
    /// （责任科室：…） brackets (one item with a bracket and no deadline), "由…牵头", 三、保障措施 with lead phrases, 全年 and
    /// 年底前; a collaborator's "… 正在编辑" label between two items; the word count, the 评论 panel with two remarks, 查看历史版本
    /// and the login and app prompts below.
    static let districtPlanAsSharedOnlineDocument = """
        青简文档
        栎湾区教育局2026年教育工作计划（定稿）  已保存到云端
        最近编辑：孟一苇  2026年3月5日 15:42
        文件  编辑  插入  格式  工具  帮助
        正文  |  宋体  |  三号  |  B  I  U  |  目录
        3人正在协作  |  分享  |  ···
        栎湾区教育局2026年教育工作计划
        2026年，全区教育系统将以建设“家门口的好学校”为抓手，着力扩优质、提质量、强队伍、保安全，现制定本计划。
        一、工作目标
        （一）学前教育：全区学前三年毛入园率达到97%，公办幼儿园在园幼儿占比达到60%以上。
        （二）义务教育：义务教育巩固率保持在99.9%，初中学业水平考试优良率达到45%。
        （三）高中教育：普通高中本科上线率达到70%，高中阶段毛入学率保持在98%以上。
        （四）教师队伍：中小学专任教师研究生学历比例达到12%，区级以上骨干教师达到420人。
        二、重点任务
        （一）扩优提质，增加优质学位
        1.加快学校建设。新建、改扩建中小学3所，新增学位2700个。8月底前建成栎湾区实验中学二期并投入使用。（责任科室：规划建设科）
        2.扩大集团化办学。新组建教育集团2个，新增集团成员学校6所。
        （二）深化改革，提升育人质量
        1.推进课堂教学改革。建设区级学科教研基地12个，每学期组织课堂教学视导2轮。
        2.落实“双减”要求。课后服务学生参与率达到95%以上，作业公示率保持100%。（责任科室：基础教育科）
        孟一苇 正在编辑
        （三）强师固本，建设教师队伍
        1.补充教师。招聘教师160名左右，其中研究生学历教师不少于40名。由区教育局人事科牵头，6月底前完成招聘考试。
        2.加强培训。培训中小学幼儿园教师1.1万人次，新建名师工作室10个。
        （四）守牢底线，保障校园安全
        1.强化安全管理。校园封闭化管理达标率保持100%，每季度开展1次校园安全大检查。10月底前完成全区中小学校舍抗震加固。（责任科室：安全管理科）
        三、保障措施
        （一）加大经费保障。全年教育经费支出不低于11.5亿元，其中教师培训经费1800万元。
        （二）强化督导考核。年底前完成全区中小学校办学质量综合评价。（责任科室：督导室）
        字数：1826
        评论（2）
        韦晓川  3月4日 10:26
        招聘人数请与人事科再核对一下。
        孟一苇  3月5日 15:40
        已核对，按计划稿执行。
        查看历史版本
        登录青简文档后可编辑、评论
        下载青简文档APP，随时随地协作办公
        """

    /// A township central school's 学期工作计划 posted on a Discuz-like teachers' forum: site name, menu row, › breadcrumb,
    /// 查看/回复 counts and the bracketed thread title; the 楼主 floor (user name, 帖子/积分/用户组 line, 楼主, 发表于 line,
    /// 本帖最后由…编辑) carries the title, stock counts in the introduction, 一、指导思想, 二、工作目标 as "N.名称：…" goal lines and
    /// 三、主要工作 up to （二）; after the 回复/支持/反对/举报 row the poster's own 沙发 floor carries "接上楼：" and the rest
    /// (（三）（四） with owners as （责任处室：…） inside the deadline sentence, counts of checks, events and drills, 四、月工作安排
    /// with one "N月：…" line per month); the signature, a 板凳 reply quoting the 沙发 floor cut with "...", 返回列表/发表回复, the
    /// login prompt, Powered by and ICP lines below.
    static let schoolTermPlanOnTeachersForum = """
        雁汀教师论坛
        首页  |  论坛  |  群组  |  排行榜  |  搜索  |  帮助
        雁汀教师论坛 › 教育教学 › 学校管理 › 查看内容
        查看: 1862  |  回复: 2
        [学校管理] 楝溪镇中心小学2026年春季学期工作计划（供交流）
        溪畔拾光
        帖子 312  |  积分 1045  |  中级会员
        楼主
        发表于 2026-2-24 21:06  |  只看该作者  |  倒序浏览
        本帖最后由 溪畔拾光 于 2026-2-24 21:15 编辑
        楝溪镇中心小学2026年春季学期工作计划
        新学期，学校将以办好家门口的好学校为目标，落实立德树人根本任务，推动学校内涵发展。本校现有教学班18个，学生712人，教职工53人。
        一、指导思想
        坚持以学生发展为本，以提高教育教学质量为中心，深化课堂教学改革，加强教师队伍建设，努力办好人民满意的乡村学校。
        二、工作目标
        1.德育目标：学生行为规范合格率达到98%以上，全学期无重大安全责任事故。
        2.教学目标：学科期末考试合格率达到95%，优秀率力争达到40%。
        3.体育健康目标：学生体质健康达标率达到93%以上，学生每天校园体育活动时间不少于1小时。
        4.教师发展目标：教师课堂教学达标率达到100%，每名教师撰写教学反思不少于10篇。
        三、主要工作
        （一）德育工作
        1.加强养成教育。开展“文明班级”评比，每周评比1次。3月底前完成新学期学生行为习惯专项整治（责任处室：德育处）。
        2.开展劳动教育。每班开辟劳动实践基地不少于1块，劳动课开课率保持100%。
        （二）教学工作
        1.抓实常规管理。每月开展1次教学常规检查，教案检查合格率达到100%。
        2.推进课堂改革。每名教师上公开课不少于1节，组织校级赛课活动1次。
        3.做好质量监测。6月底前完成期末质量检测和质量分析（责任处室：教导处）。
        回复  支持  反对  举报
        溪畔拾光
        帖子 312  |  积分 1045  |  中级会员
        沙发
        发表于 2026-2-24 21:09  |  只看该作者
        接上楼：
        （三）教师队伍建设
        1.加强师德师风建设。师德考核合格率保持100%。
        2.促进专业成长。开展青蓝结对8对，每名青年教师每学期听课不少于20节。
        （四）安全与后勤
        1.落实安全责任。每周开展1次安全隐患排查，每学期组织应急疏散演练2次。
        2.做好后勤保障。食堂食品留样率保持100%。5月底前完成学校运动场改造（责任处室：总务处）。
        四、月工作安排
        2月：做好开学工作，开展开学安全大检查。
        3月：开展学雷锋主题活动，召开新学期家长会。
        4月：举办春季田径运动会。
        5月：组织“六一”文艺汇演排练。
        6月：开展期末复习和质量检测。
        7月：做好学期总结和暑假安全教育。
        签名：在乡间小路上，陪孩子慢慢长大
        回复  支持  反对  举报
        晓风听竹
        帖子 87  |  积分 265  |  注册会员
        板凳
        发表于 2026-2-25 08:32  |  只看该作者
        溪畔拾光 发表于 2026-2-24 21:09
        接上楼：（三）教师队伍建设 1.加强师德师风建设。师德考核合格率 ...
        月工作安排很清楚，借鉴一下，谢谢楼主分享！
        回复  支持  反对  举报
        返回列表  |  发表回复
        您需要登录后才可以回帖  登录  |  立即注册
        Powered by 雁汀教师论坛  © 2008-2026
        雁ICP备2026001234号
        """

    /// A county 工作总结和下一年工作计划 saved to a 360doc-like 个人图书馆: the site name, menu and search rows above the title,
    /// the saver/date/发布于/reads/转藏 line and the 大 中 小/全屏/打印/分享/献花 row under it; the summary's （一）…（四）
    /// "lead。body" paragraphs with the past year's figures (全年 in a name, a point rise beside its value, a rank, a count of
    /// training courses and of inspections), an "展开阅读全文" cut before 二、, a 不足 part with 一是…二是…, the plan half with
    /// （一）主要目标 (全县), （二）重点措施 over 1.…5. lead phrases (an owner bracket, 城区 as scope, "由…牵头", a standalone
    /// point fall) and （三）保障措施 with a 其中 part and 年底前; 来自：user > 《文集》, the storage-space disclaimer, the
    /// 转藏/分享/献花 row, the comment box, 类似文章 with three titles and the © line below.
    static let countySummaryAndPlanSavedToPersonalLibrary = """
        云藏图书馆
        首页  |  阅览室  |  馆友  |  我的图书馆
        搜文章  找馆友
        椿岭县教育局2025年工作总结和2026年工作计划
        松风问道  2026-01-22  发布于雁汀  |  186阅读  |  9转藏
        大  中  小  |  全屏  |  打印  |  分享  |  献花(2)
        2025年，县教育局紧紧围绕县委、县政府决策部署，坚持稳中求进，推动全县教育事业持续健康发展。现将有关情况报告如下。
        一、2025年工作总结
        （一）教育资源不断扩充。全年投入教育资金2.3亿元，新建椿岭县实验幼儿园，改扩建中小学5所，新增学位1560个。
        （二）教育质量稳中有升。全县高中阶段毛入学率达到93.6%，普通高中本科上线率达到61.2%，较上年提高1.8个百分点。中考平均分位列全市第2名。
        （三）教师队伍持续优化。招聘教师108名，交流轮岗教师126名，举办各类培训班29期。
        （四）校园安全形势平稳。学校专职保安配备率达到100%，开展安全专项检查46次。
        展开阅读全文
        二、存在的问题
        一是优质教育资源总量不足，城区学校大班额问题仍未彻底解决；二是教师结构性缺编仍较突出；三是职业教育服务地方产业能力不强。
        三、2026年工作计划
        （一）主要目标
        全县学前三年毛入园率达到96%，义务教育巩固率保持在99.6%以上，高中阶段毛入学率达到95%。
        （二）重点措施
        1.扩大优质资源。新建椿岭县城南小学，全年新增学位1200个。6月底前完成城南小学主体工程建设。（责任股室：计财股）
        2.消除大班额。城区小学平均班额控制在45人以内。
        3.加强教师队伍建设。补充教师110名左右，其中乡村学校教师不少于60名。由县教育局人事股牵头，8月底前完成新教师招聘和岗前培训。
        4.促进学生健康成长。中小学生体质健康优良率达到56%，近视率较上年下降0.8个百分点。
        5.提升职业教育服务能力。县职业中专新增专业2个，校企合作企业达到40家。
        （三）保障措施
        全年教育经费投入不低于5.6亿元，其中学校建设投入1.2亿元。年底前完成全县义务教育学校标准化建设评估。
        来自：松风问道 > 《教育管理资料》
        本馆为个人知识管理的网络存储空间，馆内文章均由馆友保存，不代表本馆立场。请留意文中的联系方式、诱导购买等信息，谨防受骗。发现有害或侵权内容，可点击一键举报。
        转藏  |  分享  |  献花(2)
        0条评论
        发表
        请遵守用户评论公约
        类似文章  更多
        椿岭县召开2026年全县教育工作会议
        乡镇中心学校2025年工作总结及2026年工作打算
        县教育局年度重点工作任务分解表（2026）
        © 2026 云藏图书馆  个人知识管理平台
        """

    /// A city 三年行动实施方案 under its notice on the city government site's 手机版 page: site name, 手机版, the 导航/搜索/无障碍
    /// row and the breadcrumb above the notice title, a date/来源/浏览 line and the A+ A- 字号/分享 row under it; the notice (文号,
    /// addressees, one sentence, signature, date), then the plan: 一、工作目标 with a "具体目标如下：" colon line and four
    /// "N.lead。body" goal lines (到2028年 as a task, a clause year 到2027年), 二、 with （一）…（三） titles alone on their lines
    /// over "N.lead。body" items, （责任单位：…） brackets (one with no deadline), a baseline with its year, 每年 in a name, deadlines
    /// with written years, 三、保障措施 with lead phrases (a count of meetings, two deadline sentences under one bracket);
    /// 分享到, 相关文件 with two titles, 返回顶部, 首页 | 电脑版, the sponsor/site-code and ICP lines and the bottom tab row below.
    static let cityImplementationPlanOnMobileGovernmentPage = """
        桤城市人民政府
        手机版
        导航  |  搜索  |  无障碍
        当前位置：首页 > 政务公开 > 部门文件
        桤城市教育局关于印发《桤城市推进义务教育优质均衡发展三年行动实施方案（2026—2028年）》的通知
        2026-03-10 09:05  来源：市教育局  浏览：2315
        字号：A+  A-  |  分享
        桤教发〔2026〕9号
        各县（市、区）教育局，市直各学校：
        现将《桤城市推进义务教育优质均衡发展三年行动实施方案（2026—2028年）》印发给你们，请结合实际认真抓好落实。
        桤城市教育局
        2026年3月6日
        桤城市推进义务教育优质均衡发展三年行动实施方案（2026—2028年）
        为加快推进义务教育由基本均衡向优质均衡迈进，让更多孩子在家门口上好学校，结合我市实际，制定本方案。
        一、工作目标
        到2028年，全市义务教育优质均衡发展水平明显提升。具体目标如下：
        1.办学条件。义务教育学校标准化建设达标率达到100%。到2028年，所有县（市、区）通过国家义务教育优质均衡发展督导评估。
        2.师资配置。每百名学生拥有县级以上骨干教师1.5人以上，教师交流轮岗比例不低于15%。
        3.教育质量。学生体质健康优良率达到60%。到2027年，学生近视率控制在50%以内。
        4.社会满意度。家长对义务教育满意度达到90%以上。
        二、重点任务
        （一）扩大优质学位供给
        1.推进学校建设。新建、改扩建义务教育学校24所，新增学位2.16万个。2026年底前完成新一轮中小学布局规划修编。（责任单位：市教育局规划建设处）
        2.推进集团化办学。义务教育阶段集团化办学覆盖率由2025年的68%提高到90%。
        （二）均衡配置师资
        1.深化“县管校聘”改革。每年交流轮岗教师不少于800名，其中骨干教师不少于200名。（责任单位：市教育局教师工作处）
        2.加强乡村教师队伍建设。乡村学校教师本科以上学历比例达到85%。2026年9月底前出台乡村教师专业发展支持办法。
        （三）提升育人质量
        1.深化课堂教学改革。建设市级课堂教学改革实验校40所。
        2.落实“双减”工作。课后服务覆盖率保持100%，学生参与率达到95%以上。
        三、保障措施
        （一）加强组织领导。成立方案实施工作专班，每半年召开1次推进会。
        （二）加大经费投入。市级财政安排优质均衡专项资金不低于6亿元。
        （三）强化督导评估。2027年6月底前完成中期评估。2028年底前完成总结验收。（责任单位：市人民政府教育督导室）
        分享到：微信  朋友圈  微博
        相关文件
        桤城市2026年义务教育招生工作实施意见
        桤城市中小学教师“县管校聘”管理改革指导意见
        返回顶部
        首页  |  电脑版
        主办：桤城市人民政府办公室  网站标识码：0000000112
        桤ICP备2026000045号  桤公网安备00000000000112号
        首页  要闻  公开  服务  互动
        """

    /// A county 十五五 规划（摘要） reposted on a 新浪博客-like blog: the blog name, address, 订阅 buttons and menu, the 个人资料
    /// column (name, 加好友/发纸条/写留言/加关注, 等级/积分/访问/人气 lines) and 正文 字体大小 above the title, then the bracketed
    /// time, 转载▼, 标签, 分类 and the 原文地址…作者… line; the introduction with the period, a background part with stock counts
    /// and a baseline with its year after 全县, 二、发展目标 with a colon line and four "N.lead。body" goal lines (one with 到2028年
    /// as a task, one with a baseline with its year), 三、 with （一）…（四） (one with 1. 2. items, deadlines as 2026年底前/2027年底前),
    /// 四、保障措施 with lead phrases, an owner bracket and a 其中 part after 全县; the 阅读/评论/收藏/转载 row, 已投稿到, 前一篇/
    /// 后一篇, the comment section with its warning and one comment, the feedback and copyright lines below.
    static let countyFiveYearPlanOnBlogRepost = """
        榧川教育观察的博客
        http://blog.yunlang.com/fcjygc
        [订阅]  [手机订阅]
        首页  |  博文目录  |  图片  |  关于我
        个人资料
        榧川教育观察
        加好友  发纸条  写留言  加关注
        博客等级：12
        博客积分：3860
        博客访问：215,806
        关注人气：418
        正文  字体大小：大 中 小
        榧川县“十五五”教育事业发展规划（摘要）
        (2026-03-12 09:41:07)
        转载▼
        标签：教育  十五五  规划  榧川
        分类：教育资料
        原文地址：榧川县“十五五”教育事业发展规划（摘要）作者：榧川县教育局
        为加快建设教育强县，办好人民满意的教育，根据《雁汀省“十五五”教育发展规划》，结合榧川县实际，编制本规划。规划期为2026—2030年。
        一、发展基础
        “十四五”以来，全县教育事业取得显著成效。截至2025年底，全县共有各级各类学校96所，在校学生5.1万人，教职工4100人。全县义务教育巩固率由2020年的97.6%提高到2025年的99.2%。
        二、发展目标
        到2030年，全县教育现代化水平显著提升，人民群众教育获得感明显增强。具体目标如下：
        1.学前教育。学前三年毛入园率达到97.5%，公办幼儿园在园幼儿占比保持在55%以上。
        2.义务教育。义务教育巩固率保持在99.5%以上。到2028年，全县通过国家义务教育优质均衡发展督导评估。
        3.高中阶段教育。高中阶段教育毛入学率达到96%，普通高中本科上线率达到68%。
        4.教师队伍。中小学专任教师本科及以上学历比例由2025年的78%提高到92%，县级以上名师达到180人。
        三、主要任务
        （一）推动学前教育普及普惠
        新建、改扩建公办幼儿园10所，新增学位3600个。2027年底前实现乡镇公办中心幼儿园全覆盖。
        （二）促进义务教育优质均衡
        1.优化学校布局。2026年底前完成全县中小学布局调整规划编制。新建、改扩建中小学14所，新增学位7200个。
        2.深化教育教学改革。建设县级学科教研中心组20个，中小学生体质健康优良率达到65%。
        （三）推动高中阶段教育多样化发展
        建成省级特色普通高中1所，县职业中专“双师型”教师比例达到65%以上。
        （四）建设高素质教师队伍
        每年招聘中小学教师90名左右，新建县级名师工作室30个。
        四、保障措施
        （一）加强组织领导。建立规划实施年度监测机制，2028年6月底前完成规划实施中期评估。（责任单位：县教育局规划发展股）
        （二）强化经费保障。“十五五”期间全县教育经费总投入不低于32亿元，其中学校基本建设投入7亿元。
        阅读(362)  ┊  评论(1)  ┊  收藏(5)  ┊  转载(8)  ┊  喜欢▼  ┊  打印  ┊  举报
        已投稿到：排行榜
        前一篇：榧川县2026年春季学期中小学开学工作提示
        后一篇：榧川县中小学课后服务工作指引（2026年修订）
        评论
        重要提示：谨防虚假中奖、诈骗信息
        [发评论]
        山中一棵树  2026-03-12 20:18
        收藏了，目标定得很实在。
        云朗博客意见反馈留言板  不良信息反馈电话：4000000000
        Copyright © 2004-2026 YUNLANG Corporation, All Rights Reserved
        云朗公司 版权所有
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county key points reposted on a 搜狐号-like self-media platform with an ad line between two parts",
            text: BlindFixtures10.countyKeyPointsOnSelfMediaRepost,
            headings: [
                (0, "一、主要目标"), (0, "二、扩大优质教育资源"), (1, "（一）推进学校建设"), (1, "（二）推进集团化办学"),
                (1, "（三）补齐学前教育短板"), (0, "三、提升教育教学质量"), (1, "（一）深化课堂教学改革"), (1, "（二）加强体育美育工作"),
                (0, "四、建设高素质教师队伍"), (1, "（一）补充教师力量"), (1, "（二）加强教师培训"), (0, "五、强化保障，守牢安全底线"),
                (1, "（一）强化校园安全"), (1, "（二）加大经费投入"),
            ],
            indicators: [
                "学前三年毛入园率 eq 94.5% 2026 全县", "义务教育巩固率 ge 99.3% 2026 全县", "高中阶段毛入学率 eq 93% 2026 全县",
                "普通高中本科上线率 eq 58% 2026 全县", "新建、改扩建中小学幼儿园 eq 6所 2026 -", "新增学位 eq 1850个 2026 -",
                "新组建城乡教育集团 eq 3个 2026 -", "集团化办学覆盖率 eq 80% 2026 -", "公办幼儿园在园幼儿占比 eq 56% 2026 -",
                "普惠性幼儿园覆盖率 ge 90% 2026 -", "评选县级优质课 eq 100节 2026 -", "中小学生体质健康优良率 eq 54% 2026 -",
                "学生近视率 eq 1个百分点 2026 -", "公开招聘中小学教师 approx 80名 2026 -", "紧缺学科教师 ge 15名 2026 -",
                "每名教师年度培训 ge 72学时 2026 -", "新评选县级骨干教师 eq 100名 2026 -",
                "学校“一键报警”装置安装率 eq 100% 2026 -", "教育经费投入 ge 6.2亿元 2026 全县", "学校建设资金 eq 1.5亿元 2026 全县",
            ],
            notIndicators: ["1次"],
            tasks: [
                ("建成枫渚县第四小学", "计财股", "2026-08"),
                ("补齐学前教育短板", "学前教育股", nil),
                ("完成全县中小学生体质健康测试", "体卫艺股", "2026-06"),
                ("完成新教师公开招聘", "县教育局人事股", "2026-07"),
                ("完成全县校车安全专项整治", "安全股", "2026-09"),
                ("完成全县中小学食堂提质改造", "计财股", "2026"),
            ],
            noise: [
                "狐讯网", "首页  新闻  教育  财经  科技  汽车  房产  更多", "枫渚教育发布", "文章 1286  总阅读 36.4万", "查看TA的文章>",
                "2026-02-27 16:48  发布于：雁汀省", "+关注", "来源：枫渚县教育局", "广告  春季亲子研学营火热报名中  了解详情",
                "编辑：韦思源  审核：卢嘉禾", "返回狐讯网首页，看更多资讯",
                "平台声明：本文内容由入驻作者发布，观点仅代表作者本人，狐讯网只提供信息存储空间服务。", "阅读 (2316)", "投诉", "作者最新文章",
                "枫渚县2026年中小学招生入学工作方案公布", "枫渚县第二实验小学新校区即将开工", "我来说两句", "0人参与，0条评论", "登录并发表",
                "Copyright © 2026 狐讯网 版权所有  雁ICP备2026000101号",
            ]),
        ExpectedPlan(
            name: "district annual plan as a 腾讯文档-like shared online document with a cursor label and a comment panel",
            text: BlindFixtures10.districtPlanAsSharedOnlineDocument,
            headings: [
                (0, "一、工作目标"), (1, "（一）学前教育"), (1, "（二）义务教育"), (1, "（三）高中教育"), (1, "（四）教师队伍"),
                (0, "二、重点任务"), (1, "（一）扩优提质，增加优质学位"), (2, "1.加快学校建设"), (2, "2.扩大集团化办学"),
                (1, "（二）深化改革，提升育人质量"), (2, "1.推进课堂教学改革"), (2, "2.落实“双减”要求"),
                (1, "（三）强师固本，建设教师队伍"), (2, "1.补充教师"), (2, "2.加强培训"), (1, "（四）守牢底线，保障校园安全"),
                (2, "1.强化安全管理"), (0, "三、保障措施"), (1, "（一）加大经费保障"), (1, "（二）强化督导考核"),
            ],
            indicators: [
                "学前三年毛入园率 eq 97% 2026 全区", "公办幼儿园在园幼儿占比 ge 60% 2026 全区", "义务教育巩固率 eq 99.9% 2026 -",
                "初中学业水平考试优良率 eq 45% 2026 -", "普通高中本科上线率 eq 70% 2026 -", "高中阶段毛入学率 ge 98% 2026 -",
                "中小学专任教师研究生学历比例 eq 12% 2026 -", "区级以上骨干教师 eq 420人 2026 -", "新建、改扩建中小学 eq 3所 2026 -",
                "新增学位 eq 2700个 2026 -", "新组建教育集团 eq 2个 2026 -", "新增集团成员学校 eq 6所 2026 -",
                "建设区级学科教研基地 eq 12个 2026 -", "课后服务学生参与率 ge 95% 2026 -", "作业公示率 eq 100% 2026 -",
                "招聘教师 approx 160名 2026 -", "研究生学历教师 ge 40名 2026 -", "培训中小学幼儿园教师 eq 1.1万人次 2026 -",
                "新建名师工作室 eq 10个 2026 -", "校园封闭化管理达标率 eq 100% 2026 -", "教育经费支出 ge 11.5亿元 2026 -",
                "教师培训经费 eq 1800万元 2026 -",
            ],
            notIndicators: ["2轮", "1次"],
            tasks: [
                ("建成栎湾区实验中学二期", "规划建设科", "2026-08"),
                ("落实“双减”要求", "基础教育科", nil),
                ("完成招聘考试", "区教育局人事科", "2026-06"),
                ("完成全区中小学校舍抗震加固", "安全管理科", "2026-10"),
                ("完成全区中小学校办学质量综合评价", "督导室", "2026"),
            ],
            noise: [
                "青简文档", "栎湾区教育局2026年教育工作计划（定稿）  已保存到云端", "最近编辑：孟一苇  2026年3月5日 15:42",
                "文件  编辑  插入  格式  工具  帮助", "正文  |  宋体  |  三号  |  B  I  U  |  目录", "3人正在协作  |  分享  |  ···",
                "孟一苇 正在编辑", "字数：1826", "评论（2）", "韦晓川  3月4日 10:26", "招聘人数请与人事科再核对一下。",
                "孟一苇  3月5日 15:40", "已核对，按计划稿执行。", "查看历史版本", "登录青简文档后可编辑、评论",
                "下载青简文档APP，随时随地协作办公",
            ]),
        ExpectedPlan(
            name: "township school term plan on a Discuz-like teachers' forum, split over the 楼主 and 沙发 floors",
            text: BlindFixtures10.schoolTermPlanOnTeachersForum,
            headings: [
                (0, "一、指导思想"), (0, "二、工作目标"), (1, "1.德育目标"), (1, "2.教学目标"), (1, "3.体育健康目标"), (1, "4.教师发展目标"),
                (0, "三、主要工作"), (1, "（一）德育工作"), (2, "1.加强养成教育"), (2, "2.开展劳动教育"), (1, "（二）教学工作"),
                (2, "1.抓实常规管理"), (2, "2.推进课堂改革"), (2, "3.做好质量监测"), (1, "（三）教师队伍建设"),
                (2, "1.加强师德师风建设"), (2, "2.促进专业成长"), (1, "（四）安全与后勤"), (2, "1.落实安全责任"), (2, "2.做好后勤保障"),
                (0, "四、月工作安排"),
            ],
            indicators: [
                "学生行为规范合格率 ge 98% 2026 -", "学科期末考试合格率 eq 95% 2026 -", "优秀率 eq 40% 2026 -",
                "学生体质健康达标率 ge 93% 2026 -", "学生每天校园体育活动时间 ge 1小时 2026 -", "教师课堂教学达标率 eq 100% 2026 -",
                "每名教师撰写教学反思 ge 10篇 2026 -", "每班开辟劳动实践基地 ge 1块 2026 -", "劳动课开课率 eq 100% 2026 -",
                "教案检查合格率 eq 100% 2026 -", "每名教师上公开课 ge 1节 2026 -", "师德考核合格率 eq 100% 2026 -",
                "开展青蓝结对 eq 8对 2026 -", "每名青年教师每学期听课 ge 20节 2026 -", "食堂食品留样率 eq 100% 2026 -",
            ],
            notIndicators: ["18个", "712人", "53人", "1次", "2次"],
            tasks: [
                ("完成新学期学生行为习惯专项整治", "德育处", "2026-03"),
                ("完成期末质量检测和质量分析", "教导处", "2026-06"),
                ("完成学校运动场改造", "总务处", "2026-05"),
                ("做好开学工作", nil, "2026-02"),
                ("开展学雷锋主题活动", nil, "2026-03"),
                ("举办春季田径运动会", nil, "2026-04"),
                ("组织“六一”文艺汇演排练", nil, "2026-05"),
                ("开展期末复习和质量检测", nil, "2026-06"),
                ("做好学期总结和暑假安全教育", nil, "2026-07"),
            ],
            noise: [
                "雁汀教师论坛", "首页  |  论坛  |  群组  |  排行榜  |  搜索  |  帮助", "雁汀教师论坛 › 教育教学 › 学校管理 › 查看内容",
                "查看: 1862  |  回复: 2", "[学校管理] 楝溪镇中心小学2026年春季学期工作计划（供交流）", "溪畔拾光",
                "帖子 312  |  积分 1045  |  中级会员", "楼主", "发表于 2026-2-24 21:06  |  只看该作者  |  倒序浏览",
                "本帖最后由 溪畔拾光 于 2026-2-24 21:15 编辑", "回复  支持  反对  举报", "溪畔拾光", "帖子 312  |  积分 1045  |  中级会员",
                "沙发", "发表于 2026-2-24 21:09  |  只看该作者", "接上楼：", "签名：在乡间小路上，陪孩子慢慢长大", "回复  支持  反对  举报",
                "晓风听竹", "帖子 87  |  积分 265  |  注册会员", "板凳", "发表于 2026-2-25 08:32  |  只看该作者",
                "溪畔拾光 发表于 2026-2-24 21:09", "接上楼：（三）教师队伍建设 1.加强师德师风建设。师德考核合格率 ...",
                "月工作安排很清楚，借鉴一下，谢谢楼主分享！", "回复  支持  反对  举报", "返回列表  |  发表回复",
                "您需要登录后才可以回帖  登录  |  立即注册", "Powered by 雁汀教师论坛  © 2008-2026", "雁ICP备2026001234号",
            ]),
        ExpectedPlan(
            name: "county summary and next year's plan saved to a 360doc-like 个人图书馆 with an 展开阅读全文 cut",
            text: BlindFixtures10.countySummaryAndPlanSavedToPersonalLibrary,
            headings: [
                (0, "一、2025年工作总结"), (1, "（一）教育资源不断扩充"), (1, "（二）教育质量稳中有升"), (1, "（三）教师队伍持续优化"),
                (1, "（四）校园安全形势平稳"), (0, "二、存在的问题"), (0, "三、2026年工作计划"), (1, "（一）主要目标"),
                (1, "（二）重点措施"), (2, "1.扩大优质资源"), (2, "2.消除大班额"), (2, "3.加强教师队伍建设"), (2, "4.促进学生健康成长"),
                (2, "5.提升职业教育服务能力"), (1, "（三）保障措施"),
            ],
            indicators: [
                "投入教育资金 eq 2.3亿元 2025 -", "改扩建中小学 eq 5所 2025 -", "新增学位 eq 1560个 2025 -",
                "高中阶段毛入学率 eq 93.6% 2025 全县", "普通高中本科上线率 eq 61.2% 2025 全县", "招聘教师 eq 108名 2025 -",
                "交流轮岗教师 eq 126名 2025 -", "学校专职保安配备率 eq 100% 2025 -",
                "学前三年毛入园率 eq 96% 2026 全县", "义务教育巩固率 ge 99.6% 2026 全县", "高中阶段毛入学率 eq 95% 2026 全县",
                "新增学位 eq 1200个 2026 -", "小学平均班额 le 45人 2026 城区", "补充教师 approx 110名 2026 -",
                "乡村学校教师 ge 60名 2026 -", "中小学生体质健康优良率 eq 56% 2026 -", "近视率 eq 0.8个百分点 2026 -",
                "县职业中专新增专业 eq 2个 2026 -", "校企合作企业 eq 40家 2026 -", "教育经费投入 ge 5.6亿元 2026 -",
                "学校建设投入 eq 1.2亿元 2026 -",
            ],
            notIndicators: ["1.8个百分点", "2名", "29期", "46次"],
            tasks: [
                ("完成城南小学主体工程建设", "计财股", "2026-06"),
                ("完成新教师招聘和岗前培训", "县教育局人事股", "2026-08"),
                ("完成全县义务教育学校标准化建设评估", nil, "2026"),
            ],
            noise: [
                "云藏图书馆", "首页  |  阅览室  |  馆友  |  我的图书馆", "搜文章  找馆友", "松风问道  2026-01-22  发布于雁汀  |  186阅读  |  9转藏",
                "大  中  小  |  全屏  |  打印  |  分享  |  献花(2)", "展开阅读全文", "来自：松风问道 > 《教育管理资料》",
                "本馆为个人知识管理的网络存储空间，馆内文章均由馆友保存，不代表本馆立场。请留意文中的联系方式、诱导购买等信息，谨防受骗。发现有害或侵权内容，可点击一键举报。",
                "转藏  |  分享  |  献花(2)", "0条评论", "发表", "请遵守用户评论公约", "类似文章  更多", "椿岭县召开2026年全县教育工作会议",
                "乡镇中心学校2025年工作总结及2026年工作打算", "县教育局年度重点工作任务分解表（2026）", "© 2026 云藏图书馆  个人知识管理平台",
            ]),
        ExpectedPlan(
            name: "city three-year implementation plan under its notice on the city government site's 手机版 page",
            text: BlindFixtures10.cityImplementationPlanOnMobileGovernmentPage,
            headings: [
                (0, "一、工作目标"), (1, "1.办学条件"), (1, "2.师资配置"), (1, "3.教育质量"), (1, "4.社会满意度"), (0, "二、重点任务"),
                (1, "（一）扩大优质学位供给"), (2, "1.推进学校建设"), (2, "2.推进集团化办学"), (1, "（二）均衡配置师资"),
                (2, "1.深化“县管校聘”改革"), (2, "2.加强乡村教师队伍建设"), (1, "（三）提升育人质量"), (2, "1.深化课堂教学改革"),
                (2, "2.落实“双减”工作"), (0, "三、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"), (1, "（三）强化督导评估"),
            ],
            indicators: [
                "义务教育学校标准化建设达标率 eq 100% 2028 -", "每百名学生拥有县级以上骨干教师 ge 1.5人 2028 -",
                "教师交流轮岗比例 ge 15% 2028 -", "学生体质健康优良率 eq 60% 2028 -", "学生近视率 le 50% 2027 -",
                "家长对义务教育满意度 ge 90% 2028 -", "新建、改扩建义务教育学校 eq 24所 2028 -", "新增学位 eq 2.16万个 2028 -",
                "义务教育阶段集团化办学覆盖率 eq 90% 2028 - from 68@2025", "每年交流轮岗教师 ge 800名 2028 -", "骨干教师 ge 200名 2028 -",
                "乡村学校教师本科以上学历比例 eq 85% 2028 -", "建设市级课堂教学改革实验校 eq 40所 2028 -", "课后服务覆盖率 eq 100% 2028 -",
                "学生参与率 ge 95% 2028 -", "市级财政安排优质均衡专项资金 ge 6亿元 2028 -",
            ],
            notIndicators: ["9号", "1次"],
            tasks: [
                ("通过国家义务教育优质均衡发展督导评估", nil, "2028"),
                ("完成新一轮中小学布局规划修编", "市教育局规划建设处", "2026"),
                ("深化“县管校聘”改革", "市教育局教师工作处", nil),
                ("出台乡村教师专业发展支持办法", nil, "2026-09"),
                ("完成中期评估", "市人民政府教育督导室", "2027-06"),
                ("完成总结验收", "市人民政府教育督导室", "2028"),
            ],
            noise: [
                "桤城市人民政府", "手机版", "导航  |  搜索  |  无障碍", "当前位置：首页 > 政务公开 > 部门文件",
                "2026-03-10 09:05  来源：市教育局  浏览：2315", "字号：A+  A-  |  分享", "分享到：微信  朋友圈  微博", "相关文件",
                "桤城市2026年义务教育招生工作实施意见", "桤城市中小学教师“县管校聘”管理改革指导意见", "返回顶部", "首页  |  电脑版",
                "主办：桤城市人民政府办公室  网站标识码：0000000112", "桤ICP备2026000045号  桤公网安备00000000000112号",
                "首页  要闻  公开  服务  互动",
            ]),
        ExpectedPlan(
            name: "county 十五五 plan summary reposted on a 新浪博客-like blog with its profile column and 原文地址 line",
            text: BlindFixtures10.countyFiveYearPlanOnBlogRepost,
            headings: [
                (0, "一、发展基础"), (0, "二、发展目标"), (1, "1.学前教育"), (1, "2.义务教育"), (1, "3.高中阶段教育"), (1, "4.教师队伍"),
                (0, "三、主要任务"), (1, "（一）推动学前教育普及普惠"), (1, "（二）促进义务教育优质均衡"), (2, "1.优化学校布局"),
                (2, "2.深化教育教学改革"), (1, "（三）推动高中阶段教育多样化发展"), (1, "（四）建设高素质教师队伍"), (0, "四、保障措施"),
                (1, "（一）加强组织领导"), (1, "（二）强化经费保障"),
            ],
            indicators: [
                "义务教育巩固率 eq 99.2% 2025 全县 from 97.6@2020",
                "学前三年毛入园率 eq 97.5% 2030 -", "公办幼儿园在园幼儿占比 ge 55% 2030 -", "义务教育巩固率 ge 99.5% 2030 -",
                "高中阶段教育毛入学率 eq 96% 2030 -", "普通高中本科上线率 eq 68% 2030 -",
                "中小学专任教师本科及以上学历比例 eq 92% 2030 - from 78@2025", "县级以上名师 eq 180人 2030 -",
                "新建、改扩建公办幼儿园 eq 10所 2030 -", "新增学位 eq 3600个 2030 -", "新建、改扩建中小学 eq 14所 2030 -",
                "新增学位 eq 7200个 2030 -", "建设县级学科教研中心组 eq 20个 2030 -", "中小学生体质健康优良率 eq 65% 2030 -",
                "建成省级特色普通高中 eq 1所 2030 -", "县职业中专“双师型”教师比例 ge 65% 2030 -", "每年招聘中小学教师 approx 90名 2030 -",
                "新建县级名师工作室 eq 30个 2030 -", "教育经费总投入 ge 32亿元 2030 全县", "学校基本建设投入 eq 7亿元 2030 全县",
            ],
            notIndicators: ["96所", "5.1万人", "4100人"],
            tasks: [
                ("全县通过国家义务教育优质均衡发展督导评估", nil, "2028"),
                ("实现乡镇公办中心幼儿园全覆盖", nil, "2027"),
                ("完成全县中小学布局调整规划编制", nil, "2026"),
                ("完成规划实施中期评估", "县教育局规划发展股", "2028-06"),
            ],
            noise: [
                "榧川教育观察的博客", "http://blog.yunlang.com/fcjygc", "[订阅]  [手机订阅]", "首页  |  博文目录  |  图片  |  关于我", "个人资料",
                "榧川教育观察", "加好友  发纸条  写留言  加关注", "博客等级：12", "博客积分：3860", "博客访问：215,806", "关注人气：418",
                "正文  字体大小：大 中 小", "(2026-03-12 09:41:07)", "转载▼", "标签：教育  十五五  规划  榧川", "分类：教育资料",
                "原文地址：榧川县“十五五”教育事业发展规划（摘要）作者：榧川县教育局",
                "阅读(362)  ┊  评论(1)  ┊  收藏(5)  ┊  转载(8)  ┊  喜欢▼  ┊  打印  ┊  举报", "已投稿到：排行榜",
                "前一篇：榧川县2026年春季学期中小学开学工作提示", "后一篇：榧川县中小学课后服务工作指引（2026年修订）", "评论",
                "重要提示：谨防虚假中奖、诈骗信息", "[发评论]", "山中一棵树  2026-03-12 20:18", "收藏了，目标定得很实在。",
                "云朗博客意见反馈留言板  不良信息反馈电话：4000000000",
                "Copyright © 2004-2026 YUNLANG Corporation, All Rights Reserved", "云朗公司 版权所有",
            ]),
    ]
}
