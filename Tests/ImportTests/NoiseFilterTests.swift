import Testing
@testable import PlanImport

struct NoiseFilterTests {
    func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }

    @Test func recognisesPageChrome() {
        #expect(kind("首页 | 政务公开 | 新闻中心 | 办事服务") == .navigation)
        #expect(kind("栏目导航") == .navigation)
        #expect(kind("上一篇：关于做好2025年招生工作的通知") == .navigation)
        #expect(kind("首页 > 新闻 > 通知公告") == .breadcrumb)
        #expect(kind("首頁 > 最新消息 >") == .breadcrumb)
        #expect(kind("当前位置：首页 - 政务公开") == .breadcrumb)
        #expect(kind("Copyright 1995-2011 Haicheng China All Rights Reserved") == .footer)
        #expect(kind("“中国海城”政府门户网站 海城市人民政府办公室版权所有") == .footer)
        #expect(kind("建议使用IE5.5及以上版本浏览器,1024*768分辨率") == .footer)
        #expect(kind("黑ICP备12345678号") == .footer)
        #expect(kind("版權所有 © 臺北市教育局") == .footer)
        #expect(kind("在线赌博平台注册-在线赌博平台排名-在线赌博平台网址-海城市人民政府") == .spam)
        #expect(kind("发布时间:2019年3月12日") == .pageMetadata)
        #expect(kind("发布时间：2025-02-18  来源：肇州县教育局  浏览次数：326") == .pageMetadata)
        #expect(kind("【字体：大 中 小】【打印】【关闭】") != nil)
        // A forum's path ending in the thread's title, cut short (set 26).
        #expect(kind("某某教师论坛 › 论坛 › 教育管理 › 政策文件交流 › 【转帖】某市中小学教师队伍建设三年实施方案……") == .breadcrumb)
        // A separator announcing the document's text in a mail (set 26).
        #expect(kind("—————— 以下为征求意见稿正文 ——————") == .boilerplate)
    }

    /// Lines of the sources met most often that carry no site's name: an editor's lead-in, a viewer's cut, a post's
    /// pointer down, a divider of symbols, a reader's name and time, a mail header, a menu set with spaces.
    @Test func recognisesFurnitureOfAnySite() {
        #expect(kind("【导语】年初定计划，全年有方向。本站编辑为您收集了某县工作计划，欢迎借鉴参考。") == .boilerplate)
        #expect(kind("剩余2页未读，继续阅读") == .boilerplate)
        #expect(kind("新学期计划抢先看 ▼") == .boilerplate)
        #expect(kind("— ❀ — ❀ — ❀ —") == .strayToken)
        #expect(kind("韦晓川  3月4日 10:26") == .pageMetadata)
        #expect(kind("发件人：何明远<hemingyuan@example.cn>") == .pageMetadata)
        #expect(kind("首页  工作总结  工作计划  心得体会  述职报告") == .navigation)
        // Set 15: a machine summary, a photo caption, an editor's lead-in pointing down, a viewer's page marker, a
        // disclosure page's bracketed field spaced with ideographic spaces, a WeChat credit with 丨.
        #expect(kind("AI速读：本文为某校2026年春季学期工作计划，包括指导思想和工作目标，适合学校管理人员参考。") == .boilerplate)
        #expect(kind("▲ 某区第八小学效果图") == .caption)
        #expect(kind("近日，区教育局印发2026年工作要点，明确全年教育工作“路线图”。一起来看 ↓") == .boilerplate)
        #expect(kind("— 2/4 —") == .pageNumber)
        #expect(kind("【文　　号】某政办发〔2026〕9号") == .pageMetadata)
        #expect(kind("来源丨区教育局办公室") == .pageMetadata)
        // Set 16: files offered for download, a seal read by OCR, OCR'd page dashes, other menu bars, search boxes'
        // hot words, counted labels, a pinned related-reading line, a "图｜" caption, a viewer's assistant.
        #expect(kind("2.某县2026年教育民生实事项目清单.docx（41KB）") == .file)
        #expect(kind("某县教育局2025年工作总结和2026年工作打算.pdf") == .file)
        #expect(kind("局 ★ 育 山 教") == .strayToken)
        #expect(kind("一 3 一") == .pageNumber)
        #expect(kind("首页 ┊ 工作计划 ┊ 工作总结 ┊ 心得体会 ┊ 教案大全") == .navigation)
        #expect(kind("热搜词：幼儿园工作计划  开学典礼主持词  家长会发言稿") == .pageMetadata)
        #expect(kind("相关附件（1）：") == .pageMetadata)
        #expect(kind("4页 · 312.6KB · 2026-01-26上传 · 3.1万次浏览 · 1204次下载") == .pageMetadata)
        #expect(NoiseFilter.isRelatedHeader(TextCleaning.fold("📌 相关阅读：某区2026年义务教育招生入学政策问答")))
        #expect(kind("图｜某区第三实验小学新校区效果图") == .caption)
        #expect(kind("你好，我是文档助手，可以帮你快速读懂这篇文档。") == .boilerplate)
        // Set 17: spaced-slash and ▶ breadcrumbs, a rating line, a counted comment label, a drive's share line, a popup.
        #expect(kind("资源中心 / 学校管理 / 计划总结 / 安全卫生") == .breadcrumb)
        #expect(kind("▶ 首页 ▶ 计划总结") == .breadcrumb)
        #expect(kind("★★★★★　某老师　2026-02-19") == .pageMetadata)
        #expect(kind("资源评论（2）") == .pageMetadata)
        #expect(kind("某镇中心校教务处 分享了 1 个文件") == .boilerplate)
        #expect(kind("2026年寒假“安全教育平台”专题入口　× 关闭") == .boilerplate)
        // The plan's own lines that name files or lessons stay.
        #expect(kind("（三）完成《某县教育信息化建设方案》编制，9月底前报县政府审定。") == nil)
        #expect(kind("附件") == nil)
        // A plan's own lines with the same words stay.
        #expect(kind("到2026年，全县学前三年毛入园率达到92%。") == nil)
        #expect(kind("三、主要任务") == nil)
        #expect(kind("4月：举办春季亲子运动会。") == nil)
    }

    @Test func recognisesAggregatorSites() {
        let cases: [(String, NoiseKind)] = [
            ("学习范文网 > 工作计划 > 教育工作计划 > 正文", .breadcrumb),
            ("某某文库 > 工作计划", .breadcrumb),
            ("当前位置: 范文大全 > 工作要点 >", .breadcrumb),
            ("时间：2025-01-08 09:12:44  浏览次数：1532  字数：2468", .pageMetadata),
            ("2025-03-06 10:20  来源：市教育局办公室  阅读：2381", .pageMetadata),
            ("| 浏览量:", .pageMetadata),
            ("阅读：1024", .pageMetadata),
            ("下面是小编为大家整理的县教育局2024年工作总结及2025年工作计划，供大家参考。", .boilerplate),
            ("欢迎来到学习范文网！", .boilerplate),
            ("《教育局工作计划.docx》由会员分享，可在线阅读，更多相关请在某文库上搜索。", .boilerplate),
            ("已阅读5页，还剩3页未读，继续免费阅读", .boilerplate),
            ("admin 发表于 2025-01-08", .boilerplate),
            ("wenku_user2023", .strayToken),
            ("—1—", .pageNumber),
            ("标签：工作计划 教育局", .pageMetadata),
            ("TAG标签: 工作总结", .pageMetadata),
            ("本文共计2345字，预计阅读时间6分钟", .boilerplate),
            ("（来源：某市教育局办公室）", .pageMetadata),
            ("- 2 -", .pageNumber),
            ("第3页 共5页", .pageNumber),
            ("点击蓝字 关注我们", .boilerplate),
            ("审核：李四", .pageMetadata),
            ("阅读原文", .boilerplate),
            ("本文仅代表作者观点，不代表本站立场。", .boilerplate),
            ("县教育局2024年工作总结及2025年工作思路_第1页", .pageTitle),
            ("a3f9c2", .strayToken),
            ("上一篇：2024年县教育局年终工作总结", .navigation),
            ("下一篇：县教育局关于2025年寒假安全工作的通知", .navigation),
            ("Copyright © 2012-2025 学习范文网 版权所有  苏ICP备20250000号-1", .footer),
        ]
        for (line, expected) in cases { #expect(kind(line) == expected, "\(line)") }
        #expect(NoiseFilter.isRelatedHeader("相关文章"))
        #expect(NoiseFilter.isRelatedHeader(TextCleaning.fold("猜你喜欢：")))
    }

    @Test func relatedArticleListsEndAtTheFirstLineOfText() throws {
        let text = "2025年工作要点\n一、目标\n入园率达到90%。\n相关文章\n2024年学校工作总结\n县教育局工作要点范文\nCopyright © 2025 某网\n"
        let plan = try PlanTextParser.parse(text)
        #expect(plan.dropped == ["相关文章", "2024年学校工作总结", "县教育局工作要点范文", "Copyright © 2025 某网"])
        #expect(plan.droppedReasons == ["related", "related", "related", "footer"])
    }

    @Test func keepsPlanTextThatMentionsTheSameWords() {
        for line in [
            "加强青少年网络安全教育，严禁学生参与网络赌博。",
            "大庆市教育局",
            "2022年5月30日",
            "附件",
            "一、指导思想",
            "推进“互联网+政务服务”，建设教育门户网站和政务公开平台。",
            "（三）推进中考体育改革",
            "各县区教育局、各直属学校:",
            "开展“为老师点赞”主题活动，关注我们身边的好老师。",
            "审核工作由县教育局负责。",
        ] {
            #expect(kind(line) == nil, "\(line)")
        }
    }

    @Test func pageTitleBarsNameTheirSite() {
        #expect(NoiseFilter.pageTitleSegments("2019年工作安排意见-海城市人民政府") == ["2019年工作安排意见", "海城市人民政府"])
        #expect(NoiseFilter.pageTitleSegments("一、指导思想") == nil)
        #expect(NoiseFilter.pageTitleSegments("2021-2025年规划") == nil)
    }
}

struct MoreNoiseTests {
    /// Set 18: a writing tip and refund terms as whole sentences, a store's preview cut and priced files, a link card,
    /// a school's announcement bar, a portal's sub-tabs and file card, an office platform's receipt form and tab row.
    @Test func furnitureOfTheSeventhDesigns() {
        let kind = { (line: String) in NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("✍ 写作小贴士：工作要点的“目标”部分宜具体、可量化，重点工作可按“领域—项目—责任”三级展开。") == .boilerplate)
        #expect(kind("售后保障：文档内容与预览不符的，可在购买后48小时内申请退款。") == .boilerplate)
        #expect(kind("— 预览结束 · 购买后可下载完整可编辑Word文档 —") == .boilerplate)
        #expect(kind("2026年区教育局工作要点.docx　￥5.00") == .file)
        #expect(kind("🔗 链接｜2026年秋季新生入园须知（点击查看）") == .boilerplate)
        #expect(kind("【校园公告】关于做好2026年春季学期学生返校工作的通知（2026-02-24）") == .boilerplate)
        #expect(kind("政策文件 ｜ 政策解读 ｜ 规范性文件 ｜ 部门文件") == .navigation)
        #expect(kind("文件编号：霄教联〔2026〕3号") == .pageMetadata)
        #expect(kind("文档评分：★★★★★ 4.8（27人评价）") == .pageMetadata)
        #expect(kind("拟办意见：请王校长阅示。建议由人事处牵头，教务处、德育处配合抓好落实。　张瑶　2026-04-08 10:12") == .pageMetadata)
        #expect(kind("［正文］　［附件（1）］　［办理过程］　［打印阅办单］") == .navigation)
        #expect(kind("附件列表") == .pageMetadata)
        // The document's own lines stay: its 附件 label, an owner bracket, a sentence naming a 公告.
        #expect(kind("附件") == nil)
        #expect(kind("【责任单位：市教育局、市消防救援支队】") == nil)
        #expect(kind("及时发布招生公告，规范招生行为。") == nil)
    }

    /// Set 19: a viewer's text-mode note, a portal's file card and widget, a self-media post's poll, column line and
    /// disclaimer, a 报送 platform's detail fields, reviewer's opinion and tab label.
    @Test func furnitureOfTheEighthDesigns() {
        let kind = { (line: String) in NoiseFilter.classify(TextCleaning.fold(line)) }
        for line in [
            "（以下为文档文本，图片、表格以原文档为准）",
            "【文件属性】成文日期：2026-04-10　｜　发布日期：2026-04-14　｜　有效性：有效　｜　发文字号：榉教发〔2026〕7号",
            "🤖 政策计算器：输入孩子情况，看看能享受哪些资助 ›", "📊 投票｜2026年，你最关注哪项教育工作？",
            "A. 新建学校扩充学位　46%", "已有 2,381 人参与　·　投票已截止", "本文收录于专栏「樾城教育·政策速递」（共58篇）＞",
            "免责声明：本文由作者发布，不代表今朝资讯观点。如有问题请联系平台处理。",
            "报送单位：樗山县人民政府教育督导室　　报送类型：年度工作计划　　所属年度：2026",
            "审核意见：计划要素齐全，任务清单明确，同意备案。请于7月10日前报送半年工作进展。", "【正文内容】",
        ] {
            #expect(kind(line) != nil, "\(line)")
        }
        // A plan's own lettered item and its 投票 sentence stay.
        #expect(kind("A. 全县中小学体质健康合格率达到95%") == nil)
        #expect(kind("组织家长代表参与满意度投票，结果向社会公布。") == nil)
    }

    /// Set 20: a 范文 site's path, byline and machine summary, a 文库's category, a portal's glossary box, a post's photo
    /// pointer, a bureau site's topic link and a government app's message around the document it forwards.
    @Test func furnitureOfTheNinthDesigns() {
        let kind = { (line: String) in NoiseFilter.classify(TextCleaning.fold(line)) }
        for line in [
            "当前：首页 / 工作计划 / 教育工作计划", "📅 2026-03-11　✍ 佚名投稿　📂 教育工作计划　💬 4",
            "【AI摘要】本文围绕基础设施、数字资源、师生素养和数字治理四个方面，梳理了年度教育信息化重点工作。",
            "所属分类：幼儿教育 - 园务管理 - 计划总结", "💡 名词解释：“课后服务覆盖率”指提供课后服务的学校占义务教育学校总数的比例。［收起］",
            "📷 查看图片（3）", "【专题链接】荃湖区“五育融合”特色学校建设专题 ›",
            "【工作通知】关于转发《茝原县2026年中小学幼儿园食品安全守护行动实施方案》的通知",
            "各中小学、幼儿园：现将县教育局、县市场监管局联合印发的实施方案转发给你们，请于3月13日前在本通知下确认收到，并认真抓好落实。",
            "📎 附件（1）：茝原县2026年中小学幼儿园食品安全守护行动实施方案.docx　128KB　［预览］　［下载］", "┈┈┈┈┈ 1 / 3 ┈┈┈┈┈",
        ] {
            #expect(kind(line) != nil, "\(line)")
        }
        // A document's own notice, addressees on their line and its body under them, stays.
        #expect(kind("各乡镇中心学校，县直各学校、幼儿园：") == nil)
        #expect(kind("为切实保障师生饮食安全，现将《茝原县2026年中小学幼儿园食品安全守护行动实施方案》印发给你们，请认真组织实施。") == nil)
        #expect(kind("附件") == nil)
    }

    @Test func furnitureOfTheTenthDesigns() {
        let kind = { (line: String) in NoiseFilter.classify(TextCleaning.fold(line)) }
        for line in [
            "仅供内部参考 · 2/5", "内部资料　注意保存 · 1/4", "🎯 猜你想找：初中德育工作计划 ｜ 班主任工作总结",
            "👍 顶一下（7）　👎 踩一下（1）", "⬇ 复制全文需开通会员　｜　￥19.9 开通季卡", "✎ 本文标签：安全　初中",
            "📌 政策图解：一图读懂县域普通高中振兴 ›", "📑 目录：一、工作目标 / 二、主要任务 / 三、保障措施",
            "📝 划线笔记：本页已有 3 位读者标注重点", "当前栏目：德育天地 ＞ 计划总结",
        ] {
            #expect(kind(line) != nil, "\(line)")
        }
        // A plan's own lines with the same words stay.
        #expect(kind("（三）推进家校共育") == nil)
        #expect(kind("4月底前召开全校家长会。") == nil)
        #expect(kind("★★★★★　某老师　2026-02-19") == .pageMetadata)
    }

    /// Set 22: a widget ends in its button or a link's chevron, a platform's footer ends in the page of the count, a
    /// stamp keeps the clock of a machine, a viewer's watermark forbids copying.
    @Test func furnitureOfTheEleventhDesigns() {
        let kind = { (line: String) in NoiseFilter.classify(TextCleaning.fold(line)) }
        for line in [
            "📝 参与问卷：您对本方案的了解程度（约2分钟）　［去填写］", "🔏 签章验证：共 2 个签章，全部有效　［查看证书］",
            "💬 在线咨询　｜　工作日 8:30—17:30　｜　点此留言 ›", "本文件由某区智慧政务平台生成　第2页/共4页",
            "🔏 本文档含电子签章，签名有效 · 签章时间 2027-03-01 16:05", "某文库 · 仅供用户 138****5621 阅读 · 禁止转载",
        ] {
            #expect(kind(line) != nil, "\(line)")
        }
        // A plan's own lines with brackets, pages and dates stay.
        #expect(kind("（一）完善《某县教育发展规划》［2026］") == nil)
        #expect(kind("附件：重点任务分解表") == nil)
        #expect(kind("2027年3月1日") == nil)
    }

    /// Set 28: an editor's note, a credited caption, a reprint note, a notice list's dated entry, a picture prompt, a
    /// search box, a file description, a blocked image and a reviewer's comment — and the plan's lines like them that stay.
    @Test func furnitureOfTheSeventeenthDesigns() {
        let kind = { (line: String) in NoiseFilter.classify(TextCleaning.fold(line)) }
        for line in [
            "【编者按】近日，某市教育局印发《2028年全市教育工作要点》，现全文刊发，供各地交流借鉴。",
            "📷 某市第九中学新校区效果图（某市教育局供图）", "本文为某县融媒体中心原创内容，未经授权不得转载。",
            "🔔 最新通知：关于2028年春季学期学生报到注册的通知（02-10）", "📅 附：2028年春季学期校历（点击图片查看大图）",
            "🔍 搜索文档、论文、报告　　热门：工作计划　幼儿园　述职报告",
            "「文档简介」本文为幼儿园学年度工作计划，包含指导思想、工作目标，可直接编辑使用。",
            "🖼 [图片] 某县幼儿园布局示意图.jpg（已阻止）", "【批注 某某（规划股）：表1中2025年数据请以县统计公报为准。】",
        ] {
            #expect(kind(line) != nil, "\(line)")
        }
        #expect(kind("报到注册（02-17）") == nil)
        #expect(kind("🔍 聚焦课堂主阵地") == nil)
        #expect(kind("开展批注式阅读教学研讨。") == nil)
        #expect(kind("开展校园微电影创作（含拍摄）") == nil)
        #expect(kind("3.举办艺术展演（书画、摄影）") == nil)
        #expect(kind("严格考务管理，试卷未经许可不得复制。") == nil)
        #expect(kind("▲ 开学第一课（记者 某某 摄影）") != nil)
        #expect(kind("（一）修订《某县教育发展规划》（试行）") == nil)
    }

    /// Set 29: a portal's reading widgets in 〔〕, its 政策解读 link, a video card, an app's disclaimer, its prompt, its count
    /// of 观点, a PDF's bracketed page number — and the plan's lines like them that stay.
    @Test func furnitureOfTheEighteenthDesigns() {
        let kind = { (line: String) in NoiseFilter.classify(TextCleaning.fold(line)) }
        for line in [
            "〔 字体：大　中　小 〕　〔 护眼模式 〕　〔 下载PDF版 〕", "⚑ 政策解读：一图读懂《某市2029年全市教育工作要点》",
            "📺 视频｜某县城南幼儿园项目建设现场（01:46）", "本文来源于「某州号」，内容由入驻单位发布，不代表平台观点",
            "打开“学习某州”，学习更多内容", "观点（2）", "［1］", "【3】",
        ] {
            #expect(kind(line) != nil, "\(line)")
        }
        #expect(kind("（一）加强政策解读和宣传。") == nil)
        #expect(kind("打开校园安全“一张网”，实现全覆盖。") == nil)
        #expect(kind("（四）树立正确观点，不代表个人。") == nil)
        #expect(kind("［2029］") == nil)
        #expect(kind("字体规范书写达标率达到95%。") == nil)
    }

    /// Set 29: a Q&A answer quoting a plan — the question and its tags above the title are no title, the answerer's
    /// remarks under a rule below the signature's date are the page's; a Word 目录 whose entries end in a tab and a page
    /// number is the file's furniture; a running header beside a PDF's "［N］" is the page's.
    @Test func aQuotedPlansQuestionRemarksAndContentsAreThePages() throws {
        let answer = """
            知否　|　首页　发现　等你来答
            某市教研室的工作要点一般怎么写？
            教育　教研　教师培训　工作计划
            谢邀。贴一份我们中心今年印发的工作要点，供同行参考：
            某市教师发展中心2029年工作要点
            1.深化课堂教学改革。实验班级覆盖率达到70%。
            2.强化工作保障。年底前完成中心办公楼改造。
            某市教师发展中心
            2029年2月26日
            ——————
            说几点个人体会：一是要点要和全市要点对齐；二是每一条尽量有量化目标。
            """
        let plan = try PlanTextParser.parse(answer)
        #expect(plan.title == "某市教师发展中心2029年工作要点")
        #expect(plan.dropped.contains("某市教研室的工作要点一般怎么写？") && plan.dropped.contains("教育　教研　教师培训　工作计划"))
        #expect(plan.dropped.contains("说几点个人体会：一是要点要和全市要点对齐；二是每一条尽量有量化目标。"))
        #expect(!plan.dropped.contains("某市教师发展中心") && !plan.dropped.contains("2029年2月26日"))
        let word = "某县教育发展规划（2026—2030年）\n目　录\n第一章　发展基础\t1\n第二章　主要任务\t2\n第一章　发展基础\n全县现有学校74所。\n第二章　主要任务\n新建幼儿园3所。"
        let contents = try PlanTextParser.parse(word)
        #expect(contents.dropped == ["目　录", "第一章　发展基础\t1", "第二章　主要任务\t2"])
        #expect(outline(contents) == ["第一章发展基础", "第二章主要任务"])
    }

    /// A topic link and an infographic link marked as links, a box-drawn metadata row, a recommended article in brackets
    /// inside the text and Word's running footer with the page alone; the plan's own lines of the same words stay.
    @Test func linksBoxRowsAndPageAloneFooters() {
        for line in ["➤ 专题：霏山教育“十四五”发展成就巡礼", "📊 一图读懂｜霞阳市义务教育优质均衡发展实施方案", "【一图读懂】某县教育工作要点",
                     "├ 发文字号：霞教基〔2030〕7号　　　　公开日期：2030-03-12", "【范文推荐】学校秋季学期德育工作计划（精选8篇）",
                     "规划文本（征求意见稿）　第 1 页", "某县教育局 第12页"] {
            #expect(NoiseFilter.classify(TextCleaning.fold(line)) != nil, "\(line)")
        }
        for line in ["专题：大单元教学设计与实施", "制作“一图读懂”政策解读材料", "组织开展专题教研活动，每月1次",
                     "1.推进“一图读懂”宣传", "详见附件第3页", "【范文推荐】", "教材第 3 页至第 5 页为复习内容，不少于2课时"] {
            let kind = NoiseFilter.classify(TextCleaning.fold(line))
            #expect(kind == nil || (line == "【范文推荐】" && kind == .related), "\(line)")
        }
    }

    /// Set 31: a related-reading link marked by a block bar, a portal's row of labelled fields each opened by a shape, an
    /// app's comment count and its row of symbol counters are the page's; a plan's own bulleted line, a page number
    /// between dashes and a plan's count sentence are not.
    @Test func shapeMarkedLinksAndFieldRowsAndAppCounters() {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(NoiseFilter.isRelatedHeader(TextCleaning.fold("▍相关阅读：某县召开2031年全县教育工作会议（2031-02-24）")))
        #expect(kind("◆ 发文机关：某市人民政府办公室　　◆ 发文字号：某政办发〔2030〕11号") == .pageMetadata)
        #expect(kind("■ 成文日期：2030年4月8日　　■ 发布日期：2030年4月10日") == .pageMetadata)
        #expect(kind("全部评论 17") == .pageMetadata)
        #expect(kind("👍 86　　💬 17　　⭐ 23　　↗ 41") == .pageMetadata)
        for line in ["◆ 加强师德师风建设", "● 目标任务：全县学前三年毛入园率达到97%", "— 2 —", "－ 3 －", "评论员队伍达到20人"] {
            let found = kind(line)
            #expect(found != .pageMetadata && found != .related, "\(line)")
        }
    }

    /// Set 31: a document store's star rating with its average score heads no review, so the document's title under it
    /// stays; a reviewer's stars with a name and a date head the review under them.
    @Test func aFilesAverageRatingHeadsNoReview() throws {
        let text = """
            某某文档 · 海量文档免费阅读
            ★★★★☆ 4.2分　｜　阅读 862　｜　下载 57
            某县教育局教研室2031年教研工作计划
            2031年，县教研室将围绕全县教育工作要点开展工作。
            一、工作目标
            全县课堂达标率达到80%。
            某县教育局教研室
            2031年2月20日
            """
        let plan = try PlanTextParser.parse(text)
        #expect(!plan.dropped.contains("某县教育局教研室2031年教研工作计划"))
        #expect(PageLayout.isAverageRating(TextCleaning.fold("★★★★☆ 4.2分　｜　阅读 862")))
        #expect(!PageLayout.isAverageRating(TextCleaning.fold("★★★★★　初中后勤王老师　2026-02-19")))
    }

    @Test func sharingAndPrintingWidgets() {
        for line in ["扫一扫在手机打开当前页", "分享到：微信 微博 QQ空间", "【打印本页】 【关闭窗口】", "[打印] [关闭]", "下一篇：2024年工作总结"] {
            #expect(NoiseFilter.classify(TextCleaning.fold(line)) != nil, "\(line)")
        }
    }

    @Test func noiseInTheMiddleOfTheContentIsDroppedToo() throws {
        let text = "2025年工作要点\n一、目标\n入园率达到90%。\n在线博彩平台注册送彩金\n二、措施\n加强保障。\n扫一扫在手机打开当前页"
        let plan = try PlanTextParser.parse(text)
        #expect(plan.dropped == ["在线博彩平台注册送彩金", "扫一扫在手机打开当前页"])
        #expect(plan.sections.map(\.body) == ["入园率达到90%。", "加强保障。"])
    }

    /// 一是/二是 inside a paragraph are text; opening paragraphs of their own with a short phrase, they head them (the
    /// fourth blind set's reader listed them as headings, and a reader of the outline finds the items by them).
    @Test func enumerationParagraphsHeadTheirItemsOnlyOnLinesOfTheirOwn() throws {
        let text = "2025年工作要点\n一、措施\n一是完善机制。建立联席会议制度。\n二是加强督导。每学期督导一次。\n三是强化考核。纳入年度考核。"
        let plan = try PlanTextParser.parse(text)
        #expect(outline(plan) == ["一、措施", "  一是完善机制", "  二是加强督导", "  三是强化考核"])
        #expect(plan.sections[0].children.map(\.body) == ["建立联席会议制度。", "每学期督导一次。", "纳入年度考核。"])
        let inline = "2025年工作要点\n一、措施\n一是完善机制，建立联席会议制度；二是加强督导，每学期督导一次。"
        #expect(outline(try PlanTextParser.parse(inline)) == ["一、措施"])
    }

    /// Set 32: a news link with its label and chevron in brackets, a byline ending in a symbol counter, a page's type-size
    /// buttons, a path behind a pin, a forum thread's type tag and a comment's stamp with its buttons are the page's; a
    /// row of the document's table is the document's, whatever words its cells share with buttons, and a footnote, a
    /// plan's dated calendar line and a plan's own sentence stay.
    @Test func set32LinksBylinesButtonsPathsTagsAndTableRows() {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("【图片新闻】2032年全省教育工作会议在某地召开（查看详情 ›）") != nil)
        #expect(kind("发布部门：某县教育局　　2032-08-28　　👁 2196") == .pageMetadata)
        #expect(kind("🔠 大字版　　A－　A＋") == .navigation)
        #expect(kind("📍 当前位置：首页 / 信息公开 / 法定主动公开内容 / 区政府办文件") == .breadcrumb)
        #expect(kind("[经验分享] 我们园新学期的保教计划出来啦，贴出来给大家参考") == .pageTitle)
        #expect(kind("2月11日 16:20　　回复　　✓ 解决") == .comment)
        for line in ["4\t完善校外培训投诉举报处理机制\t区教育局\t持续推进", "[1] 数据来源：某市教育统计年鉴，统计口径为2030年底。",
                     "2032年9月：召开新学年全县教育工作会议；完成秋季招生入学工作。", "2月11日 16:20召开全体教师会议",
                     "（三）畅通投诉举报渠道，群众投诉举报办结率达到98%以上。", "小学A+级课堂达标率达到80%"] {
            #expect(kind(line) == nil, "\(line)")
        }
    }

    /// Set 32: in an online document's preview the file name over the document's own title, and a margin comment (the
    /// commenter's line over its stamp and buttons) inside the text, are the page's; in a forum post the group signing
    /// the plan, named at the head of its title, is the plan's signature although no office's ending marks it.
    @Test func set32FileNamesMarginCommentsAndSignatures() throws {
        let preview = """
            某某文档　　📄 文件　✎ 编辑　🔗 分享
            某溪二中2032春季教学工作计划（教务处定稿）
            最后编辑：许立　2月12日 21:36　　☁ 已保存到云端
            某溪县第二中学2032年春季学期教学工作计划
            本学期，学校教学工作以提高课堂效率为中心。
            一、工作目标
            1.质量目标：作业公示率达到100%。
            💬 程某：集体备课时间建议固定在每周三下午。
            2月11日 16:20　　回复　　✓ 解决
            2.课堂目标：每名教师每学期上公开课不少于1节。
            某溪县第二中学教务处
            2032年2月10日
            — 已到文档底部 —
            """
        let plan = try PlanTextParser.parse(preview)
        #expect(plan.title == "某溪县第二中学2032年春季学期教学工作计划")
        #expect(plan.dropped.contains("某溪二中2032春季教学工作计划（教务处定稿）"))
        #expect(plan.dropped.contains("💬 程某：集体备课时间建议固定在每周三下午。"))
        #expect(plan.dropped.contains("2月11日 16:20　　回复　　✓ 解决"))
        #expect(TitleFinder.isShortName("某溪二中2032春季教学工作计划(教务处定稿)", of: "某溪县第二中学2032年春季学期教学工作计划"))
        #expect(!TitleFinder.isShortName("某县2031年工作总结", of: "某县2031年工作总结和2032年工作计划"))

        let forum = """
            某某育儿论坛　·　同城站
            [经验分享] 我们园集团新学期的保教计划出来啦，贴出来参考
            楼主　发表于 2032-09-03 21:14　　只看该作者
            某原县实验幼儿园教育集团2032年秋季学期保教工作计划
            本学期，集团坚持保教并重，促进幼儿全面和谐发展。
            一、工作目标
            幼儿体检率达到100%。
            某原县实验幼儿园教育集团
            2032年8月30日
            👍 支持(26)　　👎 反对(0)　　💬 回复　　⚠ 举报
            返回列表　　↑ 返回顶部
            """
        let post = try PlanTextParser.parse(forum)
        #expect(post.title == "某原县实验幼儿园教育集团2032年秋季学期保教工作计划")
        #expect(post.dropped.contains("[经验分享] 我们园集团新学期的保教计划出来啦，贴出来参考"))
        #expect(!post.dropped.contains("某原县实验幼儿园教育集团"))
        // A post that does not repeat the plan's title under its thread title: the title is read from the thread's.
        let bare = try PlanTextParser.parse("某某教师论坛\n[学校管理] 某镇中心小学2032年春季学期工作计划\n一、工作目标\n全校课堂达标率达到90%。\n")
        #expect(bare.title == "某镇中心小学2032年春季学期工作计划")
    }

    /// Set 33: a news site's plain picture caption closed by its spaced credit, an app's attachment card with its size and
    /// button, and a linked article's card line with its read count are the page's; a plan's sentence that names a
    /// photo contest, a file it issues or its readers stays.
    @Test func set33CaptionsAttachmentCardsAndCardCounters() {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("图为某市第十一中学新校区效果图。某市教育局 供图") == .caption)
        #expect(kind("图为某区实验小学学生开展科创活动。某某新闻记者 张三 摄") == .caption)
        #expect(kind("📊 春季学期校历.xlsx　　23.6 KB　　点击预览") == .file)
        #expect(kind("某某教研　·　阅读 2309") == .pageMetadata)
        for line in ["举办全市中小学生摄影比赛，评选优秀作品100幅。", "9月底前印发《某县中小学校历》。", "义务教育学校课外阅读量不少于8本。",
                     "图书馆年接待读者阅读2万人次。"] {
            #expect(kind(line) == nil, "\(line)")
        }
    }

    /// Set 33: a news headline above an editor's note that announces the full text below it is the site's, and the plan's
    /// title under the note is the title; the signature's date printed beside the last page's number is the document's,
    /// although the notice above carries the same date.
    @Test func set33HeadlineAboveAnEditorsNoteAndADateBesideAPageNumber() throws {
        let repost = """
            某某新闻　｜　看见每一朵浪花
            某阳教育“任务书”出炉：今年新增学位2万个，这些实事要办好
            某阳教育发布　　2033-02-21 10:05　　来源：某某号·政务
            【编者按】新春伊始，某阳市教育局印发2033年工作要点。某某新闻全文转载如下，供读者参阅。
            某阳市教育局2033年工作要点
            一、扩大学位供给
            全年新增学位2万个。
            某阳市教育局
            2033年2月18日
            """
        let plan = try PlanTextParser.parse(repost)
        #expect(plan.title == "某阳市教育局2033年工作要点")
        #expect(plan.dropped.contains("某阳教育“任务书”出炉：今年新增学位2万个，这些实事要办好"))
        #expect(!plan.dropped.contains("某阳市教育局2033年工作要点"))

        let pdf = """
            某山县教育局关于印发2033年工作计划的通知
            某教〔2033〕3号
            各学校：
            现将《某山县教育局2033年工作计划》印发给你们，请认真抓好落实。
            某山县教育局
            2033年1月20日
            某山县教育局2033年工作计划
            一、主要目标
            全县学前三年毛入园率达到96.5%。
            二、重点工作
            新增学位960个。
            某山县教育局
            2033年1月20日
            第 1 页 共 1 页
            ▲ 预览结束
            """
        let county = try PlanTextParser.parse(pdf)
        #expect(county.dropped == ["第 1 页 共 1 页", "▲ 预览结束"])
    }

    /// Set 34: a post's picture copied as its placeholder word is the page's; a news app's lead whose last clause
    /// announces the full text below ("…，现将全文刊发如下。") is the app's, with the headline above it, and names no task; a
    /// plan's own introduction announcing itself (现将…工作计划公布如下) stays.
    @Test func set34PicturePlaceholdersAndALeadAnnouncingTheFullText() throws {
        #expect(NoiseFilter.classify(TextCleaning.fold("图片")) == .caption)
        #expect(NoiseFilter.classify(TextCleaning.fold("图片展示活动成果")) == nil)
        let share = """
            某闻客户端　　更多精彩内容，打开APP阅读 >
            某湖区三年行动方案发布：到2036年新增公办学位1.2万个
            近日，某湖区教育局印发《某湖区基础教育扩优提质三年行动方案（2034—2036年）》，现将全文刊发如下。
            某湖区基础教育扩优提质三年行动方案（2034—2036年）
            一、主要目标
            到2036年，全区新增公办学位1.2万个。
            """
        let plan = try PlanTextParser.parse(share)
        #expect(plan.title == "某湖区基础教育扩优提质三年行动方案（2034—2036年）")
        #expect(plan.dropped.contains("近日，某湖区教育局印发《某湖区基础教育扩优提质三年行动方案（2034—2036年）》，现将全文刊发如下。"))
        #expect(plan.dropped.contains("某湖区三年行动方案发布：到2036年新增公办学位1.2万个"))
        #expect(PageLayout.endsInTextAnnouncement(TextCleaning.fold("近日，某湖区教育局印发《方案》，现将全文刊发如下。")))
        #expect(!PageLayout.endsInTextAnnouncement(TextCleaning.fold("新的一年，我园将全面提升保育教育质量，现将2034年工作计划公布如下。")))
        #expect(!PageLayout.endsInTextAnnouncement(TextCleaning.fold("近日，县教育局印发2034年工作计划，现全文刊发。")))
    }

    /// Set 35: a forum thread's title under a 【分享】 tag, the poster's greeting asking for advice and the mark that the paste
    /// goes on in a later floor are the page's; a plan's own 【…】 label, its sentences and a 接续 of work stay. The
    /// signature naming the title's issuer round its period ("某县实验中学数学教研组" under "某县实验中学2035年春季学期数学教研组
    /// 工作计划") is the plan's.
    @Test func set35ForumThreadsAndASignatureRoundThePeriod() throws {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("【分享】我们组的2035年春季学期数学教研组工作计划，请大家指点") == .pageTitle)
        #expect(kind("各位老师好，这是我们组刚定下来的计划，有不足的地方请多指教：") == .comment)
        #expect(kind("（未完，接2楼）") == .pageMetadata)
        for line in ["【专栏】义务教育优质均衡推进工程", "【工作目标】全县学前三年毛入园率达到98%", "各校要主动接受家长监督，欢迎社会各界批评指正。", "未完成整改的学校限期整改。"] {
            #expect(kind(line) == nil, "\(line)")
        }
        let thread = """
            某某教师论坛　›　教研天地
            【分享】我们组的2035年春季学期数学教研组工作计划，请大家指点
            各位老师好，这是我们组刚定下来的计划，有不足的地方请多指教：
            某县实验中学2035年春季学期数学教研组工作计划
            一、工作目标
            七年级数学期末检测合格率达到88%。
            （未完，接2楼）
            👍 点赞 8　　💬 回复　　⚑ 举报
            二、月工作安排
            三月：开展新教师汇报课活动。
            某县实验中学数学教研组
            2035年2月18日
            👍 点赞 12　　💬 回复　　⚑ 举报
            快速回复
            """
        let plan = try PlanTextParser.parse(thread)
        #expect(plan.title == "某县实验中学2035年春季学期数学教研组工作计划")
        #expect(!plan.dropped.contains("某县实验中学数学教研组"))
        #expect(!plan.dropped.contains("2035年2月18日"))
    }

    /// Set 35: a clause a PDF's page break cut in two, with the page number and the next page's running header between
    /// its halves, is joined in a document of whole paragraphs; a break at a comma, or before a line that closes no
    /// sentence, joins nothing.
    @Test func set35AClauseCutByAPageBreakIsJoined() {
        let lines = ["（2）推进集团化办学。新组建城乡教育集团5个，集团化办学覆盖率", "- 1 -", "某县教育局　　年度工作报告", "达到82%。",
                     "2.提高教育教学质量", "（1）深化改革。每年评选教学改革成果20项，", "- 2 -", "某县教育局　　年度工作报告", "到2027年建成实验校4所。",
                     "⚠ 以下文字由机器识别生成，可能存在误差，请对照原图校对", "——第1页——", "某县人民政府教育督导室文件"]
        let kinds = lines.map { NoiseFilter.classify(TextCleaning.fold($0)) }
        let joined = LineRepair.joinAcrossPageBreaks(lines, kinds: kinds)
        #expect(joined.first == "（2）推进集团化办学。新组建城乡教育集团5个，集团化办学覆盖率达到82%。")
        #expect(joined.count == lines.count - 1)
        #expect(joined.contains("（1）深化改革。每年评选教学改革成果20项，"))
        #expect(joined.contains("某县人民政府教育督导室文件"))
        #expect(joined.filter { $0 == "某县教育局　　年度工作报告" }.count == 2)
    }

    /// Set 36: a news portal's headline above an editor's note that carries the text ("本网全文刊发") with the plan's own
    /// title right below it is the page's, and so is an expert's box set into the plan; a WPS running header naming
    /// the school and the plan apart by spaces is the title's short name, not the title.
    @Test func set36HeadlinesAboveANoteExpertBoxesAndASpacedRunningHeader() throws {
        let article = """
            某州新闻网 › 区县频道 › 某原
            某原县出台教育强县三年行动计划　到2038年基本建成教育强县
            【编者按】近日，某原县印发教育强县三年行动计划。本网全文刊发，以飨读者。
            某原县教育强县三年行动计划（2036—2038年）
            一、重点任务
            （一）实施学前教育普惠提升行动。新增学位2700个。
            【专家解读】
            某州师范大学教授某某：行动计划把学位供给放在前面，能有效缓解城区入园难。
            （二）实施义务教育优质均衡行动。城区小学、初中平均班额分别控制在40人、45人以内，义务教育学校集团化办学覆盖率由2035年的64%提高到90%。
            """
        let plan = try PlanTextParser.parse(article)
        #expect(plan.title == "某原县教育强县三年行动计划（2036—2038年）")
        #expect(plan.dropped.contains("某原县出台教育强县三年行动计划　到2038年基本建成教育强县"))
        #expect(plan.dropped.contains("【专家解读】"))
        #expect(plan.dropped.contains("某州师范大学教授某某：行动计划把学位供给放在前面，能有效缓解城区入园难。"))
        let indicators = plan.allSections.flatMap(\.indicators)
        let rate = indicators.first { $0.name == "义务教育学校集团化办学覆盖率" }
        #expect(rate?.scope == nil)
        #expect(indicators.contains { $0.name == "小学平均班额" && $0.scope == "城区" })

        let wps = """
            某镇中心小学　　德育工作计划
            某镇中心小学2036年春季学期德育工作计划
            一、工作目标
            学生日常行为规范达标率达到95%以上。
            """
        let school = try PlanTextParser.parse(wps)
        #expect(school.title == "某镇中心小学2036年春季学期德育工作计划")
        #expect(school.dropped == ["某镇中心小学　　德育工作计划"])
    }

    /// Set 37: OCR's "— l —" is a page number; a WeChat article's "留言精选" and a group notice's "家长回复（3）" open the
    /// comments under the plan, every line below them the readers'; a plan's "家长满意度达到95%" or a line naming 回复 stays.
    @Test func set37OcrPageMarksAndReplySections() throws {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("— l —") == .pageNumber)
        #expect(kind("家长回复（3）") == .comment)
        #expect(kind("留言精选") != nil)
        #expect(kind("及时回复家长留言，家长满意度达到95%。") == nil)
        let notice = """
            某口镇中心幼儿园2037年春季学期工作计划
            一、工作目标
            幼儿出勤率达到90%。
            二、每月工作安排
            三月份：开展“学雷锋”主题活动。
            某口镇中心幼儿园
            2037年2月24日
            已读 38　　未读 4
            家长回复（3）
            乐乐妈妈：收到，谢谢老师！
            朵朵奶奶：收到
            写回复…
            """
        let plan = try PlanTextParser.parse(notice)
        #expect(plan.dropped.contains("乐乐妈妈：收到，谢谢老师！"))
        #expect(plan.dropped.contains("朵朵奶奶：收到"))
        #expect(!plan.dropped.contains("2037年2月24日"))
    }

    /// Set 38: a courseware site's name with its catalogue of sections is no title, its file title and preview label are
    /// the page's; an office app's covering note asking for a read receipt is the app's; a contents entry set as the box
    /// sets its entries is the box's, whatever the text below titles it; 维修 and 联系 count what they act on.
    @Test func set38ResourceSitesReceiptNotesContentsEntriesAndCountedActions() throws {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(TitleFinder.isSiteBar(TextCleaning.fold("某苑课件网 — 教案·课件·试卷·计划总结")))
        #expect(!TitleFinder.isSiteBar(TextCleaning.fold("某县实验小学2038年春季学期教学工作计划")))
        #expect(kind("各学校：现将区教研室2038年工作要点发布如下，请各校教学副校长、教导主任认真阅读并回执。") == .comment)
        #expect(kind("各学校：现将《2038年工作要点》印发给你们，请认真贯彻落实。") == nil)
        let page = """
            某苑课件网 — 教案·课件·试卷·计划总结
            2038年春季学期小学教学工作计划（word版可编辑）
            以下为资源预览：
            某山县实验小学2038年春季学期教学工作计划
            一、工作目标
            学科期末检测合格率达到96%以上。
            二、主要工作
            维修教学点校舍2所，联系薄弱学校12所。
            """
        let plan = try PlanTextParser.parse(page)
        #expect(plan.title == "某山县实验小学2038年春季学期教学工作计划")
        #expect(plan.dropped.contains("某苑课件网 — 教案·课件·试卷·计划总结"))
        #expect(plan.dropped.contains("以下为资源预览："))
        let names = plan.allSections.flatMap(\.indicators).map(\.name)
        #expect(names.contains("维修教学点校舍") && names.contains("联系薄弱学校"))

        let booklet = "目录\n一、发展基础\t1\n二、重点任务\t2\n附表　重点任务清单\t4\n一、发展基础\n全县共有学校86所。\n二、重点任务\n新建学校3所。\n"
        let contents = try PlanTextParser.parse(booklet)
        #expect(contents.dropped == ["目录", "一、发展基础\t1", "二、重点任务\t2", "附表　重点任务清单\t4"])
    }

    /// Set 39: a video player that did not load in the copy ("▶ 视频加载中…") is the page's; a plan's sentence about
    /// loading stays.
    @Test func set39AVideoPlayerLoading() {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("▶ 视频加载中…") == .navigation)
        #expect(kind("视频加载失败") == .navigation)
        #expect(kind("校车加载中控系统年底前完成升级。") == nil)
    }

    /// Set 40: a browser's print margins on every page of a saved web page, a chat record's sender lines and the
    /// replies between them, a reply's thanks to the one who asked, a notes app's reader's note; the plan's own lines
    /// that look like them stay.
    @Test func set40PrintMarginsChatSendersReplyThanksAndReadersNotes() throws {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("2041/3/8 10:26　某湖区教育局2041年工作要点_部门文件_某湖区人民政府") == .pageNumber)
        #expect(kind("https://www.example.gov.cn/zwgk/bmwj/t20410305_60417.html　2/3") == .pageNumber)
        #expect(kind("2041/3/8 10:26，全区召开开学工作会议。") == nil)
        #expect(kind("陈丽（保教主任）　08:33") == .comment)
        #expect(kind("二、工作目标（2041年）") == nil)
        #expect(kind("下一步，我局将加快推进城东幼儿园建设。感谢您的关注与支持！") == .comment)
        #expect(kind("感谢全体教师的辛勤付出，继续支持学校发展。") == nil)
        #expect(kind("💡 我的笔记：名单3月要提醒各校报上来") == .comment)
        #expect(kind("读书笔记：每名教师每学期不少于2篇") == nil)

        let chat = """
            陈丽（保教主任）　08:31
            各位老师：本学期保教工作计划发群里，请大家认真学习。
            陈丽（保教主任）　08:32
            某口县实验幼儿园2040年秋季学期保教工作计划
            一、工作目标
            幼儿体检率达到100%。
            陈丽（保教主任）　08:33
            二、主要工作
            （一）保育保健
            1.做好卫生保健。每月开展卫生消毒专项检查1次。
            周晓（大一班）　08:40
            收到👌
            陈丽（保教主任）　08:41
            （二）家园共育
            1.办好家长学校。家长满意率达到97%以上。
            某口县实验幼儿园
            2040年9月1日
            吴敏（中二班）　08:45
            收到，马上学习
            """
        let plan = try PlanTextParser.parse(chat)
        #expect(plan.title == "某口县实验幼儿园2040年秋季学期保教工作计划")
        for line in ["陈丽（保教主任）　08:33", "周晓（大一班）　08:40", "收到👌", "陈丽（保教主任）　08:41", "吴敏（中二班）　08:45", "收到，马上学习"] {
            #expect(plan.dropped.contains(line), "\(line)")
        }
        #expect(plan.allSections.map(\.heading).contains("家园共育"))
    }

    /// Set 41: a document viewer's toolbar with its page switch, an essay site's 【推荐】 links set into the text and a
    /// shared document's 【评论】 bubble are the page's; a plan's own bracketed labels and fractions stay.
    @Test func set41ViewerToolbarsRecommendedLinksAndCommentBubbles() {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("◀　1 / 4　▶　　－　100%　＋　　⤢ 全屏　　🖨 打印") == .navigation)
        #expect(kind("‹ 2/12 ›") == .navigation)
        #expect(kind("【推荐】2044年职业学校工作计划（精选8篇）") == .related)
        #expect(kind("【评论】唐晓峰（区财政局）：补助标准建议再核一下测算口径。") == .comment)
        #expect(kind("【工作目标】全县学前三年毛入园率达到96%") == nil)
        #expect(kind("【评论】") != .comment)
        #expect(kind("课后服务参与率达到3/4以上。") == nil)
    }

    /// Set 43: a question on a Q&A site is no title even when it runs on past its question mark; a running header's
    /// short name above the full title gives way to it; an office app's log header, its field labels and the note
    /// typed under "需协调事项" are the app's; a platform's preview marks, a Q&A site's cut and a hotline strip are the
    /// page's; 开通 counts what it opens and 万条 is a unit.
    @Test func set43QuestionsLogsRunningHeadersAndCountedOpenings() throws {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("—— 附件在线预览 ——") != nil)
        #expect(kind("展开全部 ∨") != nil)
        #expect(kind("📞 12345政务服务便民热线　点击一键拨打") != nil)
        #expect(kind("陆文澜 提交了「年度工作计划」") == .pageMetadata)
        #expect(kind("全县提交了《学前教育规划》初稿。") == nil)

        let answer = """
            问知道 > 教育/科学 > 学校教育
            初中教务处新学期教学工作计划怎么写？求一份完整的
            匿名用户 · 2047-02-14 · 浏览 3571 次
            给你参考我们学校教务处这学期的，按你们学校实际改改就行：
            某山县第二初级中学2047年春季学期教学工作计划
            一、工作目标
            教案规范率达到98%以上。
            二、主要工作
            每周开展集体备课1次。
            """
        let asked = try PlanTextParser.parse(answer)
        #expect(asked.title == "某山县第二初级中学2047年春季学期教学工作计划")
        #expect(asked.dropped.contains("初中教务处新学期教学工作计划怎么写？求一份完整的"))

        let pdf = """
            — 1 —
            县域普通高中发展提升行动实施方案
            某溪县县域普通高中发展提升行动实施方案（2046—2048年）
            为推动县域普通高中优质特色发展，制定本方案。
            一、总体目标
            到2048年，全县高中阶段毛入学率达到96%以上。
            """
        #expect(try PlanTextParser.parse(pdf).title == "某溪县县域普通高中发展提升行动实施方案（2046—2048年）")

        let log = """
            陆文澜 提交了「年度工作计划」
            2047-02-21 16:32　　某湖区电化教育馆
            计划内容
            某湖区电化教育馆2047年工作计划
            一、工作目标
            全区中小学千兆网络接入率达到100%，市级优质数字教育资源总量达到3.5万条。
            二、重点工作
            1.推进专递课堂建设。每所乡村学校至少开通1个“专递课堂”。
            某湖区电化教育馆
            2047年2月20日
            需协调事项
            城域网扩容升级经费需区财政局协调解决。
            已读 21　　未读 2
            """
        let logged = try PlanTextParser.parse(log)
        #expect(logged.title == "某湖区电化教育馆2047年工作计划")
        for line in ["陆文澜 提交了「年度工作计划」", "计划内容", "需协调事项", "城域网扩容升级经费需区财政局协调解决。"] {
            #expect(logged.dropped.contains(line), "\(line)")
        }
        let names = logged.allSections.flatMap(\.indicators).map(\.name)
        #expect(names.contains("市级优质数字教育资源总量"))
        #expect(names.contains("每所乡村学校开通“专递课堂”"))
    }

    /// Set 45: a news app's headline is the plan's title when no title follows the editor's note announcing the full
    /// text; a running header that spaces the issuer from the plan's name gives way to the title printed whole; a
    /// document store's trial-reading prompt is the store's; a count of partners each school pairs with counts.
    @Test func set45HeadlinesAsTitlesSpacedHeadersTrialPromptsAndPairedPartners() throws {
        #expect(NoiseFilter.classify(TextCleaning.fold("📖 试读已开始，本文档可免费试读前3页")) != nil)
        let app = """
            📱 某新闻　打开APP　查看更多精彩内容
            某原融媒　2048-09-06 11:20
            某原县第一幼儿园2048年秋季学期保教工作计划
            编者按：新学期伊始，记者从县第一幼儿园获悉本学期保教工作安排，现将计划全文刊发如下。
            一、工作目标
            幼儿体检率达到100%。
            二、主要措施
            每月召开膳食委员会会议1次。
            """
        let headline = try PlanTextParser.parse(app)
        #expect(headline.title == "某原县第一幼儿园2048年秋季学期保教工作计划")
        #expect(!headline.dropped.contains("某原县第一幼儿园2048年秋季学期保教工作计划"))

        let pdf = """
            某湖区教师进修学校　　2049年工作计划
            某湖区教师进修学校2049年工作计划
            2049年，学校将聚焦教师专业成长。现制定工作计划如下：
            一、工作目标
            全区中小学教师全员培训完成率达到100%。
            第 1 页 共 2 页
            某湖区教师进修学校　　2049年工作计划
            二、主要工作
            每所农村学校至少与1所城区学校结对。
            第 2 页 共 3 页
            某湖区教师进修学校　　2049年工作计划
            三、保障措施
            全年安排教师培训经费不低于300万元。
            """
        let spaced = try PlanTextParser.parse(pdf)
        #expect(spaced.title == "某湖区教师进修学校2049年工作计划")
        #expect(spaced.dropped.filter { $0.hasSuffix("　　2049年工作计划") }.count == 3)
        let pairs = spaced.allSections.flatMap(\.indicators).filter { $0.name == "每所农村学校与城区学校结对" }
        #expect(pairs.map { "\($0.comparator) \($0.value)\($0.unit)" } == ["ge 1所"])
    }

    /// Set 48: a slide's label, a yearbook's running head with its folio, a search engine's notes on its cached copy,
    /// an editor's abstract, fields and toolbar, and a picture's placeholder with its caption are the page's; a plan's
    /// own sentence about an abstract or a snapshot is not.
    @Test func set48SlidesFoliosSnapshotsAndEditorFields() throws {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("幻灯片 4") == .pageNumber)
        #expect(kind("Slide 12") == .pageNumber)
        #expect(kind("重要文献　　·59·") == .pageNumber)
        #expect(kind("某市教育年鉴（2050）　　·60·") == .pageNumber)
        #expect(kind("以下搜索词已高亮显示：某县　2049年　工作计划") == .boilerplate)
        #expect(kind("快照声明：本快照由某某搜索自动抓取生成，与原网站无关，如有内容问题请联系原网站。") == .boilerplate)
        #expect(kind("摘要：到2051年，全县学前三年毛入园率达到98%以上，普惠性幼儿园覆盖率达到95%。") == .pageMetadata)
        #expect(kind("正文：") == .pageMetadata)
        #expect(kind("所属栏目：规划计划　　稿件类型：普通稿件　　来源：某县教育局") == .pageMetadata)
        #expect(kind("段落　｜　B　I　U　｜　字号　｜　对齐　｜　插入图片　｜　插入表格　｜　源代码") == .navigation)
        #expect(kind("🖼 [图片] 某县城南小学新校区") == .caption)
        #expect(kind("建立教学成果摘要汇编制度，每年编印成果摘要1册。") == nil)
        #expect(kind("幻灯片制作培训") == nil)
    }

    /// Set 50: a phone screenshot's bars, a transcript's speaker marks and host, a consultation page's fields and form,
    /// a reading assistant's panel, a course page's buttons and discussion, and a magazine's folio are the page's.
    @Test func set50ScreenshotsTranscriptsFormsAndPanels() throws {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("19:42　　　　　5G　85%") == .navigation)
        #expect(kind("‹　　　琚溪教育　　　···") == .navigation)
        #expect(kind("主持人　00:17:05") == .pageMetadata)
        #expect(kind("发言人 2　00:04:26") == .pageMetadata)
        #expect(kind("【直播回放】某市2056年教育工作要点新闻发布会") == .pageTitle)
        #expect(kind("征集说明：为广泛听取社会各界意见建议，现将征求意见稿全文公布。") == .pageMetadata)
        #expect(kind("姓　　名：") == .navigation)
        #expect(kind("验 证 码：　　看不清？换一张") == .navigation)
        #expect(kind("✅ 我已学完本节　　　📝 写笔记　　　⭐ 收藏资源") == .navigation)
        #expect(kind("💬 研讨交流（2）") == .comment)
        #expect(kind("·8·　某中教苑　2056年第1期") == .pageNumber)
        #expect(kind("📄 某区教育局2056年工作计划.docx　　38.2 KB　　✓ 已解析") == .file)
        #expect(kind("主持人要讲清楚会议精神。") == nil)

        let screens = """
            19:42　　　　　　　　　　5G　85%
            某县教育局2056年工作计划
            一、工作目标
            2056年，全县学前三年毛入园率稳定在
            97%以上，普惠性幼儿园覆盖率达到93%，
            义务教育巩固率达到99.6%；高中阶段毛
            入学率达到96%。城区小学、初中平均班
            额分别控制在42人、46人以内。全县中小
            学生体质健康优良率由上年的59%提高到
            63%。
            二、重点任务
            1.补充教师。全年招聘教师130名左右，其
            19:43　　　　　　　　　　5G　84%
            中紧缺学科教师不少于45名。（责任股室：
            人事股）
            """
        let plan = try PlanTextParser.parse(screens)
        #expect(plan.dropped == ["19:42　　　　　　　　　　5G　85%", "19:43　　　　　　　　　　5G　84%"])
        #expect(plan.allSections.flatMap(\.indicators).map(\.name).contains("高中阶段毛入学率"))
        #expect(plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")" } == ["补充教师|人事股"])

        let transcript = """
            某市2056年教育工作要点
            主持人　00:00:06
            各位网友，大家好！欢迎收看新闻发布会直播。
            发言人 2　00:00:41
            一、落实立德树人根本任务
            全市中小学思政课专职教师配备率达到100%。
            主持人　00:17:05
            感谢新闻发言人的介绍。
            """
        let read = try PlanTextParser.parse(transcript)
        #expect(read.dropped == ["主持人　00:00:06", "各位网友，大家好！欢迎收看新闻发布会直播。", "发言人 2　00:00:41", "主持人　00:17:05", "感谢新闻发言人的介绍。"])
    }

    /// Set 52: an online converter's stamp, an e-book reader's furniture and a TV page's pointer to the full text are
    /// the page's; a bureau's formal 答复 to a proposal, the plan attached, is a document.
    @Test func set52ConvertersEbooksTvPagesAndReplies() throws {
        func kind(_ line: String) -> NoiseKind? { NoiseFilter.classify(TextCleaning.fold(line)) }
        #expect(kind("本文档由转易PDF在线转换，共3页，转换耗时2.1秒") == .boilerplate)
        #expect(kind("目录　　进度 41%　　亮度　　设置") == .navigation)
        #expect(kind("💭 36条想法") == .comment)
        #expect(kind("— 本章完 —") == .strayToken)
        #expect(kind("下一章：第三章　专项方案") == .navigation)
        #expect(kind("本书由某州教育出版社授权电子版发行") == .footer)
        #expect(kind("附：某区教育局2062年教育工作要点（全文）") == .boilerplate)
        #expect(kind("您提出的《关于加快改善农村学校办学条件的提案》收悉。现将有关情况答复如下。感谢您对全县教育工作的关心和支持。") == nil)
        #expect(kind("下一步，我局将加快推进项目建设。感谢您的关注与支持！") == .comment)

        let reply = try PlanTextParser.parse("""
            某县教育局关于县政协十届三次会议第0187号提案的答复
            某某委员：
            您提出的《关于加快改善农村学校办学条件的提案》收悉。现将有关情况答复如下，方案全文附后。感谢您对全县教育工作的关心和支持。
            某县教育局
            2061年8月15日
            附件
            某县农村学校办学条件改善实施方案（2061—2063年）
            一、工作目标
            到2063年，全县农村义务教育学校办学条件达标率达到100%。
            """)
        #expect(reply.title == "某县农村学校办学条件改善实施方案（2061—2063年）")
        #expect(reply.dropped.isEmpty)
    }
}
