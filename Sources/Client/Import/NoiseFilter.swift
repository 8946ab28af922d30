import Foundation

/// Why a line is not plan content.
public enum NoiseKind: String, Sendable, CaseIterable {
    case spam, navigation, breadcrumb, footer, pageMetadata, pageTitle
    /// An aggregator site's own sentences: "下面是小编为大家整理的……供大家参考", "欢迎来到……网", "由会员分享".
    case boilerplate
    /// A "相关文章" heading and the list of article titles under it.
    case related
    /// A token without any Chinese that is not text: a user name, a session code, a lone number.
    case strayToken
    /// A page number left by Word or a PDF: "—1—", "- 2 -", "第3页 共5页".
    case pageNumber
    /// A line of the page outside the document (above its first line, below its last paragraph) or between two
    /// lines of furniture inside it, whatever its words: see `PageLayout`.
    case outsideDocument
    /// A reader's comment under a post: the line after its author-and-time line.
    case comment
    /// A table of contents whose entries the document prints again as its headings.
    case contents
    /// A photo's caption ("▲ 会议现场"): the photo did not come with the copy.
    case caption
    /// A file offered for download ("…清单.docx（41KB）").
    case file

    /// A divider or a page number: the document's own decoration, not a page's chrome (a signature may follow it, a
    /// name beside it is no site's).
    var isDecoration: Bool { self == .strayToken || self == .pageNumber }
}

/// Recognises the lines a web page wraps around a plan. Every rule asks for a short line without sentence
/// punctuation as well as its keywords, so that a plan sentence which merely mentions 网站 or 赌博 is never dropped.
enum NoiseFilter {
    /// A line of text as the filter sees it (folded: half-width, simplified).
    static func classify(_ folded: String) -> NoiseKind? {
        let lower = folded.lowercased()
        let length = folded.count
        let hasFullStop = folded.contains("。")
        // The line without its leading emoji and marks, worked out once and only for the rules that ask for it.
        var plainCache: String?
        func plain() -> String {
            if let cached = plainCache { return cached }
            plainCache = unmarked(folded)
            return plainCache!
        }
        if isSpam(lower, length: length, hasFullStop: hasFullStop) { return .spam }
        // "4\t完善校外培训投诉举报处理机制\t区教育局\t持续推进": a row of the document's own table, its serial number and
        // three cells or more apart by tabs; no page's furniture is laid out so, whatever words its cells share with it
        // (举报, 收藏).
        if isSerialTableRow(folded) { return nil }
        if length <= 200, isBoilerplate(lower, hasFullStop: hasFullStop) { return .boilerplate }
        if length <= 200, isReceiptFormField(folded) { return .pageMetadata }
        // "▲ 3月8日，…开展同步课堂教学。（融媒体记者 某某 摄）": a photo's caption with its photographer's credit, whatever
        // its length and punctuation.
        if length <= 120, folded.hasPrefix("▲") || folded.hasPrefix("△"), folded.hasSuffix("摄)") { return .caption }
        if length <= 80, isCreditedCaption(folded) { return .caption }
        if length <= 200, isReviewerNote(folded) { return .comment }
        if length <= 60, isTextAnnouncement(folded) { return .boilerplate }
        if length <= 80, isPosterNote(folded) { return .comment }
        if length <= 150, isReplyClosing(folded) { return .comment }
        if length <= 100, isReadersNote(folded) { return .comment }
        // "各学校：现将…发布如下，请…认真阅读并回执。": an office app's covering note asking for the read receipt the app
        // keeps; a notice's own body asks for no receipt of reading.
        if length <= 100, folded.hasPrefix("各"), ["阅读并回执", "查阅并回执", "阅读后回执", "点击回执"].contains(where: folded.contains) {
            return .comment
        }
        if length <= 40, isScreenBar(folded) { return .navigation }
        // "主持人　00:17:05", "发言人 2　00:04:26": a transcript's speaker and time.
        if length <= 30, isTranscriptSpeaker(folded) { return .pageMetadata }
        // "征集主题：…", "征集说明：…": a public consultation page's fields round the draft it shows.
        if length <= 300, ["征集主题:", "征集说明:", "征集时间:", "征集期限:", "征集方式:"].contains(where: { folded.hasPrefix($0) }) { return .pageMetadata }
        // "温馨提示：您提交的个人信息仅用于…": a form's note on the data it takes.
        if length <= 100, folded.hasPrefix("温馨提示:"), ["个人信息", "提交", "留言"].contains(where: folded.contains) { return .boilerplate }
        // "本文总结了…", "📌 关键数据：…": a reading assistant's summary and key figures of the document it shows.
        if length <= 300, ["本文总结了", "本文主要介绍", "本文介绍了", "关键数据:"].contains(where: { plain().hasPrefix($0) }) { return .boilerplate }
        // "本文档由某某PDF在线转换，共3页，转换耗时2.1秒": an online converter's stamp on the file it made.
        if length <= 80, folded.contains("转换"), ["在线转换", "转换耗时", "转换完成"].contains(where: folded.contains) { return .boilerplate }
        // "本书由某某出版社授权电子版发行": an e-book's rights line.
        if length <= 60, folded.hasPrefix("本书由"), folded.contains("授权") || folded.contains("发行") { return .footer }
        // "摘要：到2051年，…"：a site's or an editor's abstract field, which quotes the plan's figures; a plan has no abstract.
        if length <= 300, isAbstractField(folded) { return .pageMetadata }
        // "以下搜索词已高亮显示：…", "快照声明：本快照由…自动抓取生成，与原网站无关…": a search engine's cached copy.
        if length <= 150, isSnapshotNote(folded) { return .boilerplate }
        if hasFullStop { return nil }
        if length <= 16, isContinuationMark(folded) { return .pageMetadata }
        if length <= 80, isPageFooter(folded) { return .pageNumber }
        if length <= 160, isPrintMargin(folded) { return .pageNumber }
        if length <= 40, isChatSender(folded) { return .comment }
        if length <= 40, isLogHeader(folded) { return .pageMetadata }
        if logFieldLabels.contains(folded.trimmingCharacters(in: .whitespaces)) { return .pageMetadata }
        if length <= 120, isWidget(folded) { return .navigation }
        if length <= 120, isThreadTitle(folded) { return .pageTitle }
        if length <= 40, isCommentActionRow(folded) { return .comment }
        if length <= 100, isSearchBox(folded) { return .navigation }
        if length <= 100, isDatedLink(folded) { return .related }
        if length <= 80, isRelatedLink(folded) { return .related }
        if length <= 160, isFooter(lower) { return .footer }
        if length <= 120, isPageMetadata(lower) { return .pageMetadata }
        if length <= 120, isBreadcrumb(folded) { return .breadcrumb }
        if length <= 100, isNavigation(folded) { return .navigation }
        if length <= 20, isPageNumber(folded) { return .pageNumber }
        if length <= 40, isStrayToken(folded) { return .strayToken }
        // "— ❀ — ❀ — ❀ —", "* * *": a divider of symbols alone holds nothing of a plan's text.
        if length <= 60, !folded.contains(where: TextCleaning.isContent) { return .strayToken }
        if length <= 150, isViewerPageTitle(folded) { return .pageTitle }
        // "▲ 琥溪区第八小学效果图": a photo's caption; the photo is not in the copy and the caption is no plan's text.
        if length <= 40, folded.hasPrefix("▲") || folded.hasPrefix("△") || folded.hasPrefix("图|") || folded.hasPrefix("图丨")
            || folded.hasPrefix("图:") { return .caption }
        if length <= 100, isFileName(lower) { return .file }
        if length <= 80, isButtonRow(folded) { return .navigation }
        if length <= 20, isSealFragment(folded) { return .strayToken }
        // "#幼儿园保教工作　#新学期新计划": a post's hashtags, every word of the line a tag.
        if length <= 100, isHashtagLine(folded) { return .pageMetadata }
        // "├ 规划计划", "└ 财政资金": an entry of a site's directory tree, drawn with box lines.
        if length <= 30, let first = folded.trimmingCharacters(in: .whitespaces).first, "├└┝┠┣┗┕│┃╠╚".contains(first) {
            return .navigation
        }
        // A mini-program card's tag on a line of its own.
        if folded == "小程序" { return .strayToken }
        // "家长回复（3）", "全部回复 12": the count heading the replies under a notice or a post.
        if length <= 16, folded.filter({ !TextCleaning.isSpace($0) })
            .range(of: #"^(家长|全部|最新|热门|精彩)(回复|留言|评论)\(?[0-9]+\)?$"#, options: .regularExpression) != nil { return .comment }
        if length <= 20, isDiscussionHeader(folded) { return .comment }
        // "【专家解读】": the label of a news site's box set into the article (what it holds: `PageLayout.markNewsBoxes`).
        if newsBoxLabels.contains(folded.trimmingCharacters(in: .whitespaces)) { return .boilerplate }
        // "图片", "[图片]": a post's picture copied as its placeholder word, the picture itself not in the copy.
        if imagePlaceholders.contains(folded.trimmingCharacters(in: .whitespaces)) { return .caption }
        // "🖼 [图片] 某小学新校区": the placeholder with the picture's caption after it (a reading mode's copy).
        if length <= 50, let placeholder = imagePlaceholders.first(where: { $0.count > 2 && plain().hasPrefix($0) }),
           !plain().dropFirst(placeholder.count).contains(where: { ",;:!?".contains($0) }) { return .caption }
        // "段落　｜　B　I　U　｜　字号　｜　对齐　｜　插入图片": an editor's toolbar.
        if length <= 120, isEditorToolbar(folded) { return .navigation }
        // An e-book reader: its toolbar ("目录　　进度 41%　　亮度　　设置"), the readers' thoughts ("💭 36条想法"), the
        // chapter's end and the link to the next.
        if length <= 40, ["进度", "亮度", "设置", "书签", "字体", "目录"].filter({ folded.contains($0) }).count >= 3 { return .navigation }
        if length <= 20, folded.contains("条"), plain().range(of: #"^[0-9]+条(想法|笔记|划线)$"#, options: .regularExpression) != nil { return .comment }
        if length <= 20, folded.filter({ TextCleaning.isHan($0) }) == "本章完" { return .strayToken }
        if length <= 40, folded.hasPrefix("下一章:") || folded.hasPrefix("上一章:") { return .navigation }
        // "【直播回放】…新闻发布会": a video page's title of the recording.
        if length <= 80, ["【直播回放】", "【直播】", "【回放】", "[直播回放]"].contains(where: { folded.hasPrefix($0) }) { return .pageTitle }
        // "姓　　名：", "验 证 码：　看不清？换一张", "我要留言": a form's fields and buttons.
        if length <= 60, case let compact = folded.filter({ $0 != " " }),
           formFields.contains(where: { compact.hasPrefix($0) }) || formButtons.contains(compact) { return .navigation }
        // "✨ 全文概要", "💬 你可以这样问我：", "📄 征求意见稿全文", "有问题，尽管问我…": a reading assistant's or a page's labels.
        if length <= 30, case let label = plain().filter({ $0 != " " }), panelLabels.contains(where: { label.hasPrefix($0) }) { return .navigation }
        // "✅ 我已学完本节　　📝 写笔记　　⭐ 收藏资源": buttons, each marked by an emoji.
        if length <= 60, isEmojiButtonRow(folded) { return .navigation }
        return nil
    }

    static let formFields = ["姓名:", "留言内容:", "验证码:", "联系电话:", "电子邮箱:", "手机号码:", "留言标题:"]
    static let formButtons: Set<String> = ["我要留言", "提交留言", "发表意见", "提交意见", "重置"]
    static let panelLabels = ["全文概要", "AI摘要", "你可以这样问我", "猜你想问", "征求意见稿全文", "有问题,尽管问我", "尽管问我"]

    /// Three buttons or more, each an emoji and a word or two, apart by spaces.
    static func isEmojiButtonRow(_ folded: String) -> Bool {
        let parts = folded.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count >= 3 else { return false }
        return parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, part.count <= 10 else { return false }
            return first.properties.isEmojiPresentation || first.properties.isEmoji && first.value > 0x2000
        }
    }

    /// "💬 研讨交流（2）": a course page's discussion under the resource, with its count.
    static func isDiscussionHeader(_ folded: String) -> Bool {
        (folded.contains("交流") || folded.contains("讨论")) && unmarked(folded).filter({ !TextCleaning.isSpace($0) })
            .range(of: #"^(研讨交流|讨论交流|交流讨论|学员讨论|讨论区|交流区)\(?[0-9]+\)?$"#, options: .regularExpression) != nil
    }

    /// "主持人　00:17:05", "发言人 2　00:04:26".
    static func isTranscriptSpeaker(_ folded: String) -> Bool {
        ["主持人", "发言人", "嘉宾", "记者", "说话人"].contains(where: { folded.hasPrefix($0) }) && folded.range(of: #"^(主持人|发言人|嘉宾|记者|说话人)\s*[0-9]{0,2}\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"#, options: .regularExpression) != nil
    }

    /// A phone screenshot's bars, recognised with its text: the status bar ("19:42　　5G　85%") and an app's title bar
    /// ("‹　　某某教育　　···").
    static func isScreenBar(_ folded: String) -> Bool {
        let t = folded.trimmingCharacters(in: .whitespaces)
        // Cheap checks first: this runs on every short line.
        guard t.count <= 40, let first = t.first, TextCleaning.isDigit(first) || "‹<〈".contains(first) else { return false }
        if TextCleaning.isDigit(first), t.range(of: #"^[0-9]{1,2}:[0-9]{2}\s"#, options: .regularExpression) != nil,
           t.range(of: #"(5G|4G|WiFi|wifi|[0-9]{1,3}%)$"#, options: .regularExpression) != nil { return true }
        return "‹<〈".contains(t.first ?? " ") && (t.hasSuffix("···") || t.hasSuffix("...") || t.hasSuffix("…"))
    }

    /// "摘要：…", "【摘要】…", "内容摘要：…": an abstract field; a plan of this genre states no abstract of itself.
    static func isAbstractField(_ folded: String) -> Bool {
        let compact = folded.filter { $0 != " " }
        return ["摘要:", "内容摘要:", "文章摘要:", "【摘要】", "[摘要]", "内容提要:"].contains(where: { compact.hasPrefix($0) })
    }

    /// A search engine's note on its cached copy of a page: the words it highlighted, its disclaimer.
    static func isSnapshotNote(_ folded: String) -> Bool {
        guard folded.contains("快照") || folded.contains("高亮") else { return false }
        return folded.hasPrefix("以下搜索词") || folded.hasPrefix("快照声明")
            || folded.contains("快照") && ["原网站", "原网页", "抓取", "搜索引擎"].contains(where: { folded.contains($0) })
    }

    /// Words only a text editor's toolbar shows, two or more of them on a short line.
    static let editorToolbarWords = ["插入图片", "插入表格", "插入链接", "源代码", "字号", "对齐", "加粗", "斜体", "下划线", "格式刷", "撤销", "重做"]
    static func isEditorToolbar(_ folded: String) -> Bool {
        guard folded.contains("插入") || folded.contains("对齐") || folded.contains("字号") else { return false }
        return editorToolbarWords.filter { folded.contains($0) }.count >= 3
    }

    static let newsBoxLabels: Set<String> = ["【专家解读】", "【专家点评】", "【专家观点】", "【专家说】", "【记者手记】", "【记者观察】",
                                             "【延伸阅读】", "【背景链接】", "【小贴士】"]
    static let imagePlaceholders: Set<String> = ["图片", "[图片]", "[图]", "(图片)", "<图片>"]

    /// "4\t任务\t单位\t时限": a table row opened by its serial number, three cells or more.
    static func isSerialTableRow(_ folded: String) -> Bool {
        let cells = folded.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count >= 3, let serial = cells.first, (1...3).contains(serial.count), serial.allSatisfy(TextCleaning.isDigit) else {
            return false
        }
        return cells.dropFirst().contains { $0.contains(where: TextCleaning.isHan) }
    }

    // MARK: Spam

    static let strongSpam = [
        "赌博", "博彩", "百家乐", "时时彩", "六合彩", "老虎机", "娱乐城", "真人娱乐", "赌场", "网投", "菠菜", "彩金",
        "注册送", "开户送", "下注", "投注", "平台注册", "平台排名", "平台网址", "信誉平台", "娱乐平台", "棋牌游戏",
        "电子游艺", "捕鱼游戏", "澳门新葡京", "威尼斯人", "成人视频", "色情", "约炮", "代孕", "办证", "代开发票", "刷单",
        "体育app", "足球app", "彩票app", "葡京", "太阳城", "永利", "金沙娱乐", "bet365", "casino",
    ]
    static let weakSpam = ["彩票", "棋牌", "娱乐", "平台", "注册", "开户", "网址", "排名", "下载", "app", "官网", "送", "返水"]

    static func isSpam(_ lower: String, length: Int, hasFullStop: Bool) -> Bool {
        guard length <= 150, !hasFullStop else { return false }
        // "广告  春季亲子研学营火热报名中  了解详情": an advertisement labelled as one.
        if length <= 60, lower.hasPrefix("广告") && lower.dropFirst(2).first.map({ $0 == " " || $0 == ":" || $0 == "|" }) == true {
            return true
        }
        if strongSpam.contains(where: { lower.contains($0) }) { return true }
        return weakSpam.filter { lower.contains($0) }.count >= 3
    }

    // MARK: Aggregator boilerplate

    /// Phrases only an aggregator site writes: dropped even as whole sentences.
    static let boilerplatePhrases = [
        "小编", "供大家参考", "由会员分享", "可在线阅读", "免费阅读", "下载本文档", "本文档由用户", "用户上传", "内容提供方",
        "文章来源于网络", "转载请注明", "仅代表作者观点", "不代表本站立场", "未经许可,不得转载", "由网友投稿", "仅代表作者",
        "下载后可自由编辑", "仅供学习参考", "查看更多精彩内容", "只代表网友观点", "与本站立场无关", "阅读更多精彩内容",
        "仅提供信息发布平台", "信息存储空间", "网络存储空间", "为您收集", "为您整理", "为大家收集", "欢迎借鉴",
        "如有侵权", "如侵犯您的权益", "仅提供存储服务", "均为用户分享", "为大家整理", "转载请保留",
    ]
    /// Phrases of page furniture that a plan sentence might also use ("为教师点赞"): short lines without a full stop only.
    static let shortBoilerplatePhrases = [
        "仅供参考", "欢迎来到", "网友投稿", "原创投稿", "点击下载", "阅读全文", "展开全文", "全文阅读", "还剩", "文档简介", "本文由", "欢迎访问", "暂无简介",
        "开通vip", "vip专享", "视力保护色", "人已浏览", "下载券", "vip免费", "扫码登录", "手机号登录", "文档助手", "ai助手",
        "ai写作", "一键生成", "限时免费", "智能问答", "智能客服", "附件预览", "留言区", "评论区", "写留言", "精选留言", "经作者筛选",
        "立即下载", "加入资源篮", "留言精选", "下载后可直接修改", "以下为资源预览", "资源预览", "本资源已收录", "查看专题", "左右滑动", "随时随地查看", "× 关闭", "×关闭",
        "发表于", "上传者", "投稿人", "贡献者", "分享者", "楼主", "上传时间", "文档贡献",
        // WeChat copies.
        "点击蓝字", "关注我们", "长按识别", "长按二维码", "扫码关注", "阅读原文", "点个在看", "点赞", "戳这里", "本文共计", "预计阅读",
        "全文共", "复制链接", "举报", "收录于合集", "收录于话题", "微信扫一扫", "继续滑动看下一个", "向上滑动看下一个", "轻触阅读原文",
        "预览时标签不可点", "下载文档到电脑",
        // A viewer's watermark naming its reader ("知微文库 · 仅供用户 138****5621 阅读 · 禁止转载").
        "禁止转载",
        // Forums, blogs, shared online documents.
        "接上楼", "签名:", "原文地址", "已投稿到", "正在编辑", "正在输入", "已保存到云端", "历史版本", "了解详情",
        "原始邮件", "original message", "转发的邮件", "条评论", "写下你的评论", "展开其余", "专栏收录", "仅组织内成员可见",
        "点击展开", "阅读剩余", "可免费预览",
        // A platform's marks round an attachment shown in the page ("—— 附件在线预览 ——"), a Q&A site's cut in a long
        // answer ("展开全部 ∨"), a mobile site's hotline strip ("📞 12345政务服务便民热线　点击一键拨打").
        "在线预览", "展开全部", "一键拨打", "点击拨打",
        // A school site's pointer to the photos of an event ("📷 相关图片：…精彩瞬间（共8张）"); the photos are not in the copy.
        "相关图片",
        // A document store's trial reading ("📖 试读已开始，本文档可免费试读前3页").
        "免费试读", "试读已开始", "试读结束",
        // Paid document stores, link cards.
        "预览结束", "购买后可下载", "点击查看",
        // A document viewer's note over its text mode ("（以下为文档文本，图片、表格以原文档为准）"), a self-media
        // platform's column line and poll footer ("已有 2,381 人参与 · 投票已截止").
        "以原文档为准", "收录于专栏", "投票已截止", "投票已结束",
        // A post's pointer to the photos it carries ("📷 查看图片（3）"); the photos are not in the copy.
        "查看图片",
        // A viewer's prompt to enlarge a picture the copy does not carry ("📅 附：…校历（点击图片查看大图）").
        "查看大图", "点击图片", "点击放大",
        // An essay site's vote row ("👍 顶一下（41）　👎 踩一下（0）") and its paywall on copying ("复制全文需开通会员　｜
        // ￥9.9 开通月卡"): buttons and prices of the site, never a plan's words on a short line.
        "顶一下", "踩一下", "复制全文需", "开通会员", "开通月卡",
    ]

    /// Labels of a site's own boxes, whatever follows them, whole sentences too: an essay site's writing tip inside the
    /// text ("✍ 写作小贴士：…。"), a document store's refund terms ("售后保障：…。"). No plan labels a paragraph so.
    /// So are a platform's disclaimer under a post ("免责声明：本文由作者发布，…。"), a portal's widget inside the text
    /// ("🤖 政策计算器：输入孩子情况，…") and a self-media post's poll ("📊 投票｜2026年，你最关注哪项教育工作？").
    /// A portal's glossary box folded into the text ("💡 名词解释：“…”指…。［收起］") is the site's too.
    /// A video card inside a post ("📺 视频｜…建设现场（01:46）"): the video did not come with the copy.
    /// An infographic's link under a document's title ("📊 一图读懂｜…实施方案") points to the portal's picture of it; the
    /// document never introduces itself so.
    /// A reposting site's editor's note above the document ("【编者按】近日，…印发《…》，现全文刊发，…。") and a document
    /// store's description of the file ("「文档简介」本文为…，可直接编辑使用。") are the site's words about the document, not
    /// its introduction, which follows them.
    static let siteBoxLabels = ["写作小贴士", "写作提示", "写作技巧", "售后保障", "售后服务", "购买须知", "免责声明", "政策计算器",
                                "投票|", "投票:", "名词解释", "编者按", "文档简介", "视频|", "视频:", "一图读懂", "一图读懂|"]

    /// Whether a line opens with one of the site's box labels, written "label：" or set in brackets of its own
    /// ("【编者按】", "「文档简介」", "[编者按]").
    static func opensWithSiteBoxLabel(_ unmarked: String) -> Bool {
        siteBoxLabels.contains { label in
            if unmarked.hasPrefix(label.hasSuffix(":") || label.hasSuffix("|") ? label : label + ":") { return true }
            guard !label.hasSuffix(":"), !label.hasSuffix("|") else { return false }
            return ["【】", "「」", "[]", "『』"].contains { pair in unmarked.hasPrefix(String(pair.first!) + label + String(pair.last!)) }
        }
    }

    static func isBoilerplate(_ lower: String, hasFullStop: Bool) -> Bool {
        if boilerplatePhrases.contains(where: { lower.contains($0) }) { return true }
        let unmarked = String(lower.unicodeScalars.drop { $0.properties.isEmojiPresentation || $0.properties.isEmoji && $0.value > 0x2000
            || $0.properties.isVariationSelector || $0 == " " }.map(Character.init))
        if opensWithSiteBoxLabel(unmarked) { return true }
        // "本文为某融媒体中心原创内容，未经授权不得转载。": a site's terms for its copy, whole sentence or not. It speaks of
        // the article or the site (本文, 本站, 原创, 版权); a plan's own rule ("试卷未经许可不得复制") names neither.
        if lower.count <= 80, ["本文", "本站", "本网", "本号", "原创", "版权"].contains(where: { lower.contains($0) }),
           lower.range(of: #"未经[^。]{0,8}(不得|禁止|严禁|请勿)(转载|摘编|复制)"#, options: .regularExpression) != nil { return true }
        // "A. 新建学校扩充学位　46%": a poll's lettered option with its share of the votes, spaced off at the end.
        if !hasFullStop, lower.count <= 40,
           lower.range(of: #"^[a-h][.、]\s*[^。,;:]{2,24}[ \x{3000}]+[0-9]{1,3}(\.[0-9])?%$"#, options: .regularExpression) != nil { return true }
        // "【校园公告】关于做好…的通知（2026-02-24）", "【工作通知】关于转发《…》的通知": a site's announcement bar or an office
        // app's message title under its bracketed kind label; a document titles itself without one.
        if !hasFullStop, lower.count <= 120, lower.range(of: #"^【[^】]{0,6}(公告|通知|消息)】"#, options: .regularExpression) != nil { return true }
        // "各中小学、幼儿园：现将…转发给你们，请于…前在本通知下确认收到…": an app message's covering note, its addressees and
        // body run on one line (a document sets its addressees on a line of their own), forwarding the document below.
        if lower.count <= 200, lower.range(of: #"^[^。:]{2,40}:现将[^。]*转发给你们"#, options: .regularExpression) != nil { return true }
        // "…不代表本馆立场", "不代表本平台观点", "内容由入驻单位发布，不代表平台观点": a site disowning what its users post,
        // whatever it calls itself.
        if lower.range(of: #"不代表本.{1,3}(立场|观点)"#, options: .regularExpression) != nil
            || lower.range(of: #"不代表(网站|平台|本站|本号|客户端)(的)?(立场|观点)"#, options: .regularExpression) != nil { return true }
        // "【导语】…", "剩余2页未读，继续阅读", "新学期计划抢先看 ▼": an editor's lead-in, a viewer's cut, a post's
        // pointer down to what follows.
        if lower.hasPrefix("【导语】") || lower.hasPrefix("导语:") || lower.hasPrefix("【内容提要】") { return true }
        // "你好，我是文档助手，…": a page's assistant greeting its reader; "…来了！快来看看…": an editor's lead-in.
        if lower.range(of: #"^(你好|您好),?我是"#, options: .regularExpression) != nil { return true }
        if lower.count <= 80, ["快来看看", "一起来看", "速来围观", "赶紧收藏"].contains(where: { lower.contains($0) }) { return true }
        // "本站资源均由会员上传分享…", "本页面内容由用户分享，某网盘不对其内容负责": a host disowning what its users share.
        if ["本站资源", "不对其内容负责", "由会员上传", "由用户上传"].contains(where: { lower.contains($0) }) { return true }
        // "某校教务处 分享了 1 个文件": a drive's share line.
        if lower.count <= 60, lower.range(of: #"分享了\s*[0-9]+\s*个文件"#, options: .regularExpression) != nil { return true }
        // "AI速读：本文为…": a site's machine-written summary of the document.
        // "【AI摘要】本文围绕…。": the same in lenticular brackets.
        let unbracketed = lower.drop { "【[(".contains($0) }
        if ["ai速读", "ai摘要", "ai导读", "ai总结", "ai概要"].contains(where: { lower.hasPrefix($0) || unbracketed.hasPrefix($0) }) { return true }
        if !hasFullStop, lower.count <= 40, lower.range(of: #"^(剩余|还剩|剩下)[0-9]+页"#, options: .regularExpression) != nil { return true }
        // "近日，区教育局印发…。一起来看 ↓": an editor's lead-in pointing down to the document; no plan's line ends in an
        // arrow.
        if lower.count <= 100, let last = lower.filter({ $0 != " " }).last, "▼↓⬇👇▾".contains(last) { return true }
        // A page telling its reader what to press ("请认真阅读并点击下方“确认收到”"), even in a whole sentence.
        if lower.contains("点击下方") || lower.contains("点击上方") { return true }
        // "转发：某某工作计划", "Fw: …": a forwarded mail's subject.
        if !hasFullStop, lower.hasPrefix("转发:") || lower.hasPrefix("fw:") || lower.hasPrefix("fwd:") { return true }
        // "登录青简文档后可编辑、评论", "下载某某APP,随时随地…": a site's login and app prompts.
        if !hasFullStop, lower.count <= 60,
           lower.range(of: #"登录.{0,10}后(可|才|即)"#, options: .regularExpression) != nil
            || (lower.contains("下载") || lower.contains("打开")) && lower.contains("app") { return true }
        // "打开“学习某州”，学习更多内容": an app's prompt to open it by its quoted name; a plan opens no app.
        if !hasFullStop, lower.count <= 40, lower.range(of: #"^(打开|下载)“[^”]{2,12}”(app|客户端)?,"#, options: .regularExpression) != nil {
            return true
        }
        return !hasFullStop && lower.count <= 60 && shortBoilerplatePhrases.contains(where: { lower.contains($0) })
    }

    // MARK: Captions and reviewers' notes

    /// "📷 某校新校区效果图（某局供图）", "▲ 新建教学楼（资料图）", "（记者 某某 摄）": a photo's caption, closed by the
    /// photo's credit in brackets. The photo did not come with the copy, and a plan credits no photographer.
    /// 摄影 alone is no credit: a plan's "举办艺术展演（书画、摄影）" names an art, and a credit says who (…记者…摄影).
    static func isCreditedCaption(_ folded: String) -> Bool {
        let text = folded.trimmingCharacters(in: .whitespaces)
        if text.range(of: #"\(([^()]{0,20}(供图|(?<![拍、])摄|记者[^()]{0,12}摄影)|资料图片?|(图源|图片来源)[^()]{0,20})\)$"#, options: .regularExpression) != nil {
            return true
        }
        // "图为…效果图。某市教育局 供图", "图为…活动。某某新闻记者 张三 摄": a news site's plain caption, its sentence
        // followed by the credit without brackets, who took or gave the photo set off by a space before 供图 or 摄. A
        // plan's sentence never closes on a credit.
        return text.range(of: #"。\s*[^。,;:()]{1,24}\s(供图|摄|摄影)$"#, options: .regularExpression) != nil
    }

    /// "【批注 周敏（规划股）：表1中…请核一遍。】", "批注 [周敏1]：…": a reviewer's comment pasted with a Word file's text,
    /// set in brackets under its label. It is addressed to the drafters, never a line of the plan, whatever it says.
    static func isReviewerNote(_ folded: String) -> Bool {
        let text = folded.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("【") || text.hasPrefix("[") || text.hasPrefix("批注") else { return false }
        if text.range(of: #"^([【\[]批注|批注\s*\[)"#, options: .regularExpression) != nil { return true }
        // "【评论】唐晓峰（区财政局）：补助标准建议再核一下测算口径。": a shared document's comment bubble copied with the
        // text, its label, then who commented and what they said.
        return text.range(of: #"^[【\[](评论|批注|备注意见)[】\]]\s*[^:。,;]{1,24}:"#, options: .regularExpression) != nil
    }

    /// "[经验分享] 我们园…保教计划出来啦，贴出来给…参考": a forum thread's title under its type tag, a few Chinese words in
    /// square brackets before it. A document heads its parts with numbers and its notes with "[1]", never with a tag.
    static func isThreadTitle(_ folded: String) -> Bool {
        let text = folded.trimmingCharacters(in: .whitespaces)
        if let tag = text.range(of: #"^\[\p{Han}{2,6}\]"#, options: .regularExpression) {
            return text[tag.upperBound...].contains(where: TextCleaning.isHan)
        }
        // "【分享】我们组的…工作计划，请大家指点": the same tag in lenticular brackets, which a plan also uses for its own
        // labels (【专栏】, 【工作目标】): only a forum's kinds of thread.
        guard let tag = text.range(of: #"^【\p{Han}{2,4}】"#, options: .regularExpression),
              threadTags.contains(String(text[tag].dropFirst().dropLast())) else { return false }
        return text[tag.upperBound...].contains(where: TextCleaning.isHan)
    }

    static let threadTags: Set<String> = ["分享", "原创", "求助", "讨论", "转载", "经验分享", "资源分享", "资料分享", "交流", "心得", "提问", "求教", "问答"]

    /// "各位老师好，这是我们组刚定下来的计划，有不足的地方请多指教：": a poster greeting the forum above what they paste,
    /// asking for its advice. A plan greets no one.
    static func isPosterNote(_ folded: String) -> Bool {
        folded.range(of: #"^(各位[\p{Han}]{0,4}好|大家好|各位同仁|各位同行)"#, options: .regularExpression) != nil
            && ["指教", "指点", "指正", "赐教", "多提意见", "参考交流"].contains(where: folded.contains)
    }

    /// "…。感谢您的关注与支持！": an office's reply to a reader (a message board's answer quoting the plan) closing on
    /// its thanks to the one who asked. A plan addresses no single reader as 您.
    static func isReplyClosing(_ folded: String) -> Bool {
        // "您提出的《…提案》收悉。…现将有关情况答复如下…。感谢您对…的关心和支持。": a bureau's formal reply to a deputy's
        // proposal is a document of its own, the plan attached to it (set 52), not a page's reply under a message.
        guard !folded.contains("收悉"), !folded.contains("答复如下") else { return false }
        return (folded.contains("您") || folded.contains("你")) && folded.trimmingCharacters(in: .whitespaces)
            .range(of: #"(感谢|谢谢)(您|你)[^。!;]{0,20}(关注|支持|来信|留言|监督|建议)[^。!;]{0,6}[!。]?$"#, options: .regularExpression) != nil
    }

    /// "💡 我的笔记：结对帮扶名单3月要提醒各校报上来": the reader's own note in a notes app's clip of the page, under its
    /// label. The plan's text never says 我的笔记.
    static func isReadersNote(_ folded: String) -> Bool {
        folded.contains("我的") && unmarked(folded).range(of: #"^[【\[]?(我的笔记|我的批注|我的备注)[】\]]?\s*:"#, options: .regularExpression) != nil
    }

    /// What a browser prints in the margins of every page of a saved web page: the date and time with the page's title
    /// above ("2041/3/8 10:26　枥湖区教育局2041年工作要点_部门文件_枥湖区人民政府"), the address and the page's number of
    /// the pages below ("https://www.…/t20410305_60417.html　1/3"). A plan's line opens with neither a clock time nor
    /// an address.
    static func isPrintMargin(_ folded: String) -> Bool {
        let text = folded.trimmingCharacters(in: .whitespaces)
        // (Cheap first: this runs on every line without a full stop.)
        guard let first = text.first, TextCleaning.isDigit(first) || "hfwHFW".contains(first) else { return false }
        if text.range(of: #"^(https?://|file://|www\.)\S+\s+[0-9]{1,3}\s*/\s*[0-9]{1,3}$"#, options: [.regularExpression, .caseInsensitive]) != nil {
            return true
        }
        guard let stamp = text.range(of: #"^[0-9]{2,4}/[0-9]{1,2}/[0-9]{1,2}\s+(上午|下午)?[0-9]{1,2}:[0-9]{2}\s+"#, options: .regularExpression)
        else { return false }
        let title = text[stamp.upperBound...]
        return title.contains(where: TextCleaning.isHan) && !title.contains(where: { ",;:!?".contains($0) })
    }

    /// "陈丽（保教主任）　08:33": a sender's line in a chat record (a group's messages forwarded or copied), a name with
    /// the sender's post or class in brackets and the time sent. A plan's line never ends on a clock time after a name.
    static func isChatSender(_ folded: String) -> Bool {
        folded.contains(")") && folded.last.map(TextCleaning.isDigit) == true && folded.trimmingCharacters(in: .whitespaces)
            .range(of: #"^[\p{Han}A-Za-z·]{1,8}\([^()]{1,12}\)\s+([0-9]{1,2}月[0-9]{1,2}日\s*|[0-9]{4}-[0-9]{2}-[0-9]{2}\s+)?[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"#,
                   options: .regularExpression) != nil
    }

    /// "陆文澜 提交了「年度工作计划」": an office app's log or approval, headed by who handed it in and the template's
    /// name. A plan names no one handing it in.
    static func isLogHeader(_ folded: String) -> Bool {
        (folded.contains("了") || folded.contains("的")) && folded.trimmingCharacters(in: .whitespaces)
            .range(of: #"^[\p{Han}A-Za-z·]{1,8}\s*(提交了|发布了|分享了|转发了|发起了|提交的)\s*[「“《\[]"#, options: .regularExpression) != nil
    }

    /// The fields of an office app's work-log templates (日报, 周报, 计划), each on a line of its own above what the
    /// writer typed into it: the app's labels, not the plan's headings (a plan numbers its parts).
    static let logFieldLabels: Set<String> = logNoteLabels.union([
        "计划内容", "日志内容", "今日完成工作", "未完成工作", "本周完成工作", "本周工作总结", "下周工作计划", "本月工作总结", "下月工作计划",
    ])
    /// Of those, the fields that hold the writer's own note to the readers of the log, never the plan's text.
    static let logNoteLabels: Set<String> = ["需协调事项", "需协调工作", "需协调与帮助", "需要协调的事项", "需协调解决的问题"]

    /// "（未完，接2楼）", "未完待续": a poster's mark that the paste goes on in a later floor.
    static func isContinuationMark(_ folded: String) -> Bool {
        folded.trimmingCharacters(in: .whitespaces)
            .range(of: #"^\(?未完(,?(待续|接[0-9]+楼|见[0-9]+楼|下楼继续))?\)?$"#, options: .regularExpression) != nil
    }

    /// The buttons under a comment in an online document or a post, after its date and time ("2月11日 16:20　　回复　　✓
    /// 解决"): a stamp to the minute, then only the words a reader presses.
    static let commentButtons: Set<String> = ["回复", "解决", "已解决", "重新打开", "删除", "编辑", "赞", "点赞", "举报", "收起", "展开", "复制链接"]

    static func isCommentActionRow(_ folded: String) -> Bool {
        let text = folded.trimmingCharacters(in: .whitespaces)
        guard let stamp = text.range(of: #"^((20[0-9]{2}[-/.年])?[0-9]{1,2}[-/.月][0-9]{1,2}日?)\s*[0-9]{1,2}:[0-9]{2}"#, options: .regularExpression)
        else { return false }
        let words = text[stamp.upperBound...].split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "·" })
            .map { String($0.unicodeScalars.filter { !($0.properties.isEmoji && $0.value > 0x2000) && !isMarkSymbol($0) && !$0.properties.isVariationSelector }.map(Character.init)) }
            .filter { !$0.isEmpty }
        return !words.isEmpty && words.allSatisfy { commentButtons.contains($0) }
    }

    // MARK: Search boxes and dated links

    /// "🔍 搜索文档、论文、报告　　热门：工作计划　幼儿园", "站内检索 … 热词：开学　招生": a site's search box, opened by its
    /// magnifier and asking to search, or offering its hot words after a space. Its words (工作计划, 报告) are what readers
    /// look for, not a title. (A post may set a magnifier before a heading of its own, "🔍 聚焦课堂": that asks nothing.)
    static func isSearchBox(_ folded: String) -> Bool {
        let text = folded.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("🔍") || text.hasPrefix("🔎"), ["搜索", "检索", "请输入"].contains(where: { text.contains($0) }) { return true }
        return text.range(of: #"\s(热门|热词|热搜|热搜词|热门搜索|热门关键词)\s*:"#, options: .regularExpression) != nil
    }

    /// "🔔 最新通知：关于…报到注册的通知（02-10）", "关于召开…会议的通知[2028-03-01]": an entry of a site's list of notices,
    /// a notice's title closed by its date in digits. A document dates itself in 年月日 and never so after a title. (A
    /// calendar's line, "报到注册（02-17）", names no notice and stays.)
    static func isDatedLink(_ folded: String) -> Bool {
        guard let date = folded.range(of: #"\s*[(\[](20[0-9]{2}[-/.])?(0[1-9]|1[0-2])[-/.](0[1-9]|[12][0-9]|3[01])[)\]]$"#,
                                      options: .regularExpression) else { return false }
        let title = String(folded[..<date.lowerBound])
        return title.contains("关于") && TitleFinder.wrapperEnds.contains(where: { title.hasSuffix($0) })
    }

    // MARK: Widgets and page footers

    /// "📝 参与问卷：…　［去填写］", "🔒 以下内容需验证：…　［已验证 ✓］", "🔏 签章验证：…　［查看证书］", "💬 在线咨询　｜　…　点此
    /// 留言 ›": a page's widget, whatever it offers, ends in its button — a bracketed word set off by a space — or in a
    /// link's chevron. A plan's line ends in its words or its punctuation, never in something to press.
    /// A media player's controls ("🔊 正在朗读：第6段　⏸ 暂停　⏹ 停止") and a video card ending in its play button
    /// ("🎬 视频｜01:28｜…　▶") are widgets too: a plan has nothing to play.
    static func isWidget(_ folded: String) -> Bool {
        let trimmed = folded.trimmingCharacters(in: .whitespaces)
        if trimmed.contains(where: { "⏸⏹⏯⏮⏭⏪⏩".contains($0) }) || trimmed.range(of: #"\s▶\x{FE0F}?$"#, options: .regularExpression) != nil {
            return true
        }
        // "◀　1 / 4　▶　　－　100%　＋　　⤢ 全屏": a document viewer's toolbar, its page switch round the page of the pages.
        if trimmed.range(of: #"[◀◁‹<]\s*[0-9]{1,3}\s*/\s*[0-9]{1,3}\s*[▶▷›>]"#, options: .regularExpression) != nil { return true }
        // "▶ 视频加载中…": a player that did not load in the copy, its play mark and its loading state.
        if trimmed.range(of: #"^[▶►📺🎬]?\x{FE0F}?\s*(视频|音频)?(正在)?(加载中|加载失败|缓冲中)[.…]*$"#, options: .regularExpression) != nil {
            return true
        }
        if trimmed.range(of: #"\s(\[[^\[\]。]{1,8}\]\s*)+$"#, options: .regularExpression) != nil,
           let open = trimmed.lastIndex(of: "["), trimmed[open...].contains(where: TextCleaning.isHan) { return true }
        // "【图解】一图读懂… >>": a link to another page, its chevron set off at the end.
        if trimmed.count >= 4, trimmed.range(of: #"\s(›|>>|»|≫)$"#, options: .regularExpression) != nil { return true }
        // "【图片新闻】…召开（查看详情 ›）": the same link with its label and chevron in brackets at the end.
        if trimmed.count >= 8, trimmed.range(of: #"\([^()]{1,8}\s*(›|>>|»|≫)\)$"#, options: .regularExpression) != nil { return true }
        // "🔠 大字版　　A－　A＋": a page's buttons for the size of its type, "A-" and "A+" as words of their own.
        let words = trimmed.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
        if words.contains("a-"), words.contains("a+") { return true }
        // "🔊 点击收听全文　00:00 / 12:48": a player's position and length; a plan has nothing to play.
        return trimmed.range(of: #"(^|\s)[0-9]{1,2}:[0-9]{2}\s*/\s*[0-9]{1,2}:[0-9]{2}$"#, options: .regularExpression) != nil
    }

    /// "本文件由某区智慧政务平台生成　第2页/共4页": a platform's or a viewer's footer ending in the page of the count,
    /// set off by a space. A plan counts no pages of itself.
    /// Word's running footer may give the page alone ("规划文本（征求意见稿）　第 1 页"): a short name without a clause's
    /// punctuation, then the page set off by a space. A plan's sentence that cites a page ("详见附件第3页") runs on.
    static func isPageFooter(_ folded: String) -> Bool {
        // "·8·　瑗中教苑　2056年第1期": a magazine's folio before its name and issue.
        if let first = folded.first, "·—-–".contains(first), let folio = folded.range(of: #"^[·—\-–]\s*[0-9]{1,4}\s*[·—\-–]\s+"#, options: .regularExpression) {
            let name = folded[folio.upperBound...]
            return (2...30).contains(name.count) && name.contains(where: TextCleaning.isHan) && !name.contains(where: { ",;:!?。".contains($0) })
        }
        // Cheap check first: every other footer ends in 页 or a folio's mark.
        guard let last = folded.last, last == "页" || "·—-–".contains(last) else { return false }
        if folded.range(of: #"\s第\s*[0-9]+\s*页\s*[/,]?\s*共\s*[0-9]+\s*页$"#, options: .regularExpression) != nil { return true }
        // "重要文献　　·59·", "某市教育年鉴（2050）　　·60·": a book's running head, its section or title and the folio.
        guard let page = folded.range(of: #"\s+第\s*[0-9]{1,3}\s*页$"#, options: .regularExpression)
                ?? folded.range(of: #"\s+[·—\-–]\s*[0-9]{1,4}\s*[·—\-–]$"#, options: .regularExpression) else { return false }
        let name = folded[..<page.lowerBound].trimmingCharacters(in: .whitespaces)
        return (2...30).contains(name.count) && name.contains(where: TextCleaning.isHan) && !name.contains(where: { ",;:!?".contains($0) })
    }

    /// "#幼儿园保教工作 #新学期新计划 #灿灿成长营": two or more tags, each opening with "#", and nothing else.
    static func isHashtagLine(_ folded: String) -> Bool {
        let tokens = folded.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        return tokens.count >= 2 && tokens.allSatisfy { $0.hasPrefix("#") && $0.count >= 2 && $0.dropFirst().contains(where: TextCleaning.isHan) }
    }

    // MARK: Files and seals

    /// "某县2026年教育民生实事项目清单.docx（41KB）", "1.任务分解表.xlsx": a file offered for download (a page's attachment
    /// box, a viewer's list of other files, its name for the file shown). The document itself never names a file so.
    static func isFileName(_ lower: String) -> Bool {
        var text = lower.trimmingCharacters(in: .whitespaces)
        // "📊 春季学期校历.xlsx　　23.6 KB　　点击预览": an app's attachment card, the file's name and size, then what to press
        // on it, set off by a space.
        // "….docx　　38.2 KB　　✓ 已解析": a reading assistant's card of the file it read.
        if let parsed = text.range(of: #"\s+✓?\s*(已解析|解析完成|已上传)$"#, options: .regularExpression) { text.removeSubrange(parsed) }
        if let buttons = text.range(of: #"(\s+(点击)?(预览|下载|查看|打开|保存|在线预览))+$"#, options: .regularExpression),
           buttons.lowerBound > text.startIndex { text.removeSubrange(buttons) }
        if let size = text.range(of: #"\s*\(?[0-9.]+\s*(kb|mb|k|m|b)\)?$"#, options: .regularExpression) { text.removeSubrange(size) }
        // "….docx　￥5.00": a store's file with its price.
        if let price = text.range(of: #"\s*[￥¥][0-9.]+$"#, options: .regularExpression) { text.removeSubrange(price) }
        // "🖼 [图片] ….jpg（已阻止）", "….pdf（已过期）": a mail's or a drive's status of the file after its name.
        if let status = text.range(of: #"\s*\([^()0-9]{1,6}\)$"#, options: .regularExpression) { text.removeSubrange(status) }
        // "🖼 [图片] ….png": an image's placeholder in a copy, the image itself not in it.
        return text.range(of: #"\.(pdf|docx?|xlsx?|wps|pptx?|txt|zip|rar|ofd|png|jpe?g|gif|bmp|webp)$"#, options: .regularExpression) != nil
    }

    /// "局 ★ 育 山 教": a red seal read by OCR, single characters apart around its star.
    static func isSealFragment(_ folded: String) -> Bool {
        let tokens = folded.split(separator: " ")
        return folded.contains("★") && tokens.count >= 3 && tokens.allSatisfy { $0.count == 1 }
    }

    // MARK: Stray tokens

    /// "wenku_user2023", "a3f9", "2024": no Chinese, no sentence, not a list number that opens a heading.
    static func isStrayToken(_ folded: String) -> Bool {
        let chars = Array(folded)
        guard !chars.contains(where: TextCleaning.isHan), chars.contains(where: { $0.isLetter || $0.isNumber }) else { return false }
        if Numbering.parse(original: chars, folded: chars) != nil { return false }
        // Only letters, digits and the joiners of user names and codes.
        return chars.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "_-.@#/ ".contains($0) }
    }

    // MARK: Page numbers

    static func isPageNumber(_ folded: String) -> Bool {
        let compact = folded.filter { !TextCleaning.isSpace($0) }
        // "— l —", "— I —": OCR reads a page number's 1 as a letter l or I between the dashes.
        if compact.range(of: #"^[—\-–‐―][lI|][—\-–‐―]$"#, options: .regularExpression) != nil { return true }
        // "幻灯片 4", "Slide 4": a slide's label in a deck's outline, the number of the slide.
        if compact.lowercased().range(of: #"^(幻灯片|slide)[0-9]{1,3}$"#, options: .regularExpression) != nil { return true }
        let digits = compact.filter(TextCleaning.isDigit)
        guard !digits.isEmpty, digits.count <= 4 else { return false }
        // —1—, -2-, ·3·
        let marks = compact.filter { !TextCleaning.isDigit($0) }
        if !marks.isEmpty, marks.allSatisfy({ "—-–‐―·".contains($0) }), compact.first.map({ !TextCleaning.isDigit($0) }) == true {
            return true
        }
        // "一 3 一": a page number's dashes read as 一 by OCR.
        if compact.range(of: #"^一[0-9]{1,3}一$"#, options: .regularExpression) != nil { return true }
        // "— 2/4 —": a viewer's page marker, the page and the count between dashes.
        // "┈┈┈┈┈ 1 / 3 ┈┈┈┈┈": the same in a dotted rule.
        if compact.range(of: #"^[—\-–‐―·┈┄─]+[0-9]+/[0-9]+[—\-–‐―·┈┄─]+$"#, options: .regularExpression) != nil { return true }
        // "[ 2 / 5 ]": the same mark in brackets at the head of a viewer's page.
        if compact.range(of: #"^[\[【(][0-9]+/[0-9]+[\]】)]$"#, options: .regularExpression) != nil { return true }
        // "［1］", "【2】": a PDF's page number in square brackets, alone on its line (a note's mark stands before its text).
        if compact.range(of: #"^[\[【][0-9]{1,3}[\]】]$"#, options: .regularExpression) != nil { return true }
        // "仅供内部参考 · 2/3": a print's foot, its restriction mark and the page of the count; a plan writes no page count.
        if compact.range(of: #"^[^0-9。,:]{0,8}(内部|参考|机密|秘密|保存)[^0-9。,:]{0,4}[·|｜][0-9]{1,3}/[0-9]{1,3}$"#,
                         options: .regularExpression) != nil { return true }
        // 第3页 共5页, 第3页/共5页; "◇ 第 2 页 ◇", "— 第3页 —": a viewer's page mark between decorative symbols.
        // "— 第2页 · 共3页 —": the page and the count apart by a dot.
        let words = compact.filter { !TextCleaning.isDigit($0) && !"/,()·•|｜".contains($0) }
            .trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols))
        return words == "第页共页" || words == "第页" || words == "共页第页"
    }

    // MARK: Related articles

    /// Headings of an aggregator's list of other articles: they and the short title lines under them are not the plan.
    static let relatedHeaders = [
        "相关文章", "相关推荐", "相关阅读", "猜你喜欢", "热门文章", "推荐阅读", "延伸阅读", "热门推荐", "相关范文", "精选范文",
        "最新文章", "更多相关", "为你推荐", "扩展阅读", "同类文档推荐", "同类文档", "相关内容", "大家在看", "相关链接", "热门范文", "相关文档", "最新范文", "你可能感兴趣",
        "往期推荐", "往期回顾", "精彩推荐", "热文推荐", "往期精彩", "推荐阅读", "相关稿件", "相关文档推荐", "相关新闻", "相关资料", "最新文档", "热门文档", "相关信息", "相关资源", "作者最新文章", "作者其他文章", "相关解读", "相关专题", "热门专题", "相关话题",
        "范文推荐", "喜欢此内容的人还喜欢", "看过本文的人还看了", "购买了该文档的用户还购买了", "还购买了", "相关文件", "相关下载", "本栏目热点", "栏目热点", "热点文章",
    ]

    static func isRelatedHeader(_ folded: String) -> Bool {
        var compact = folded.replacingOccurrences(of: " ", with: "")
        // "📌 相关阅读：…": a pin or a bullet before the list's heading.
        // "▍相关阅读：…": a bar or a shape of the block and geometric sets marks it as well.
        while let first = compact.unicodeScalars.first, first.properties.isEmojiPresentation || "▶►•·".unicodeScalars.contains(first)
            || isShapeMark(first) {
            compact.unicodeScalars.removeFirst()
        }
        while let last = compact.last, ":>》»".contains(last) { compact.removeLast() }
        // "【某某实施方案】相关文章": an essay site names the article its list is related to.
        if compact.hasPrefix("【"), let close = compact.firstIndex(of: "】"), compact.count <= 80 {
            return relatedHeaders.contains(String(compact[compact.index(after: close)...]))
        }
        // "扩展阅读：县教育局2026年工作要点（精选3篇）": the list's heading and its one title on one line.
        if let colon = compact.firstIndex(of: ":"), relatedHeaders.contains(String(compact[..<colon])),
           isRelatedItem(String(compact[compact.index(after: colon)...])) {
            return true
        }
        return relatedHeaders.contains(compact)
    }

    /// "【范文推荐】学校秋季学期德育工作计划（精选8篇）": one recommended article inside the text, its list's label in
    /// brackets before its title on the same line. It is a single link, not a list's heading, so what follows it is not
    /// taken for more titles (the plan goes on under it).
    static func isRelatedLink(_ folded: String) -> Bool {
        let compact = folded.trimmingCharacters(in: .whitespaces)
        guard compact.hasPrefix("【"), let close = compact.firstIndex(of: "】") else { return false }
        let label = String(compact[compact.index(after: compact.startIndex)..<close]).filter { $0 != " " }
        let title = String(compact[compact.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        return (relatedHeaders.contains(label) || linkLabels.contains(label)) && title.contains(where: TextCleaning.isHan) && isRelatedItem(title)
    }

    /// "【推荐】2044年职业学校工作计划（精选8篇）": an essay site's link to another of its pages set into the text under a
    /// one-word label. Only as a label before a title: a line "推荐" alone heads nothing.
    static let linkLabels: Set<String> = ["推荐", "荐", "热荐", "精选", "热门", "必读"]

    /// A line of a related-articles list: a short title without sentence punctuation.
    static func isRelatedItem(_ folded: String) -> Bool {
        folded.count <= 60 && !folded.contains("。") && !folded.contains(",") && !folded.contains(";")
    }

    // MARK: Footer

    static let footerWords = [
        "copyright", "©", "(c)", "版权所有", "all rights reserved", "icp备", "icp证", "公网安备", "网站标识码", "网站识别码",
        "技术支持:", "技术支持 :", "建议使用", "分辨率", "网站地图", "联系我们", "关于我们", "免责声明", "隐私声明", "访问量",
        "访问人数", "位访客", "政府网站找错", "网站纠错", "适老化", "无障碍浏览", "主办单位:", "承办单位:", "主办:", "承办:",
        "维护单位", "版权声明", "本站", "本网站", "在手机打开", "打开当前页", "手机扫一扫", "扫描二维码", "分享到:", "【打印本页】",
        "【关闭窗口】", "[打印]", "[关闭]",
    ]
    static let footerLineStarts = ["地址:", "邮编:", "联系电话:", "电话:", "传真:", "邮箱:", "e-mail:", "email:"]

    static func isFooter(_ lower: String) -> Bool {
        if footerWords.contains(where: { lower.contains($0) }) { return true }
        let compact = lower.replacingOccurrences(of: " ", with: "")
        return footerLineStarts.contains(where: { compact.hasPrefix($0) })
    }

    // MARK: Page metadata

    static let metadataStarts = [
        "发布时间", "发布日期", "发布者", "发布机构", "来源", "信息来源", "文章来源", "作者", "责任编辑", "编辑", "浏览次数",
        "阅读次数", "点击次数", "点击数", "浏览量", "阅读量", "索引号", "发文字号", "主题分类", "成文日期", "发文机关",
        "更新时间", "【字体", "字体:", "字体", "字号:", "【字号", "审核", "责编", "校对", "排版", "供稿", "图文", "摄影", "初审", "终审",
        "复审", "撰稿", "美编", "标签", "tag标签", "tags", "关键词", "关键字", "分类", "下载次数", "评论数", "收藏数", "文档格式",
        "文档大小", "页数", "标题", "附件下载", "下载附件", "相关附件", "文件下载", "发文日期", "文号", "公文种类", "主题词", "生效日期",
        "有效性", "公开方式", "公开范围", "公开时限", "来自", "信息分类", "生成日期", "文档编号", "格式", "大小", "文件大小",
        "文件格式", "通讯员", "记者", "文章录入", "录入", "信息名称", "文字", "相关链接",
        // A site editor's fields round the article being edited.
        "所属栏目", "稿件类型", "稿件状态", "字数统计",
        // Columns and posts, e-mail, an office system's dispatch form.
        "编辑于", "发布于", "发件人", "收件人", "发送时间", "文件标题", "密级", "紧急程度", "拟稿单位", "拟稿人", "核稿", "会签",
        "签发", "份数", "打印人", "打印时间", "接收范围", "发布人", "名称", "今天是", "本文关键词", "贡献者",
        // Search boxes' hot words, attachment boxes.
        "热搜词", "热搜", "热门搜索", "热门关键词", "本文附件", "附件列表", "资源类型", "适用地区", "资源评论", "全部评论",
        "网友评论", "相关搜索",
        // A document store's rating, a portal's file card, an office platform's receipt form.
        "文档评分", "评分", "文件编号", "来文单位", "来文字号", "收文日期", "收文编号",
        // A portal's one-line file card ("【文件属性】成文日期：…｜发文字号：…"), a 报送 platform's detail fields.
        "文件属性", "报送单位", "报送类型", "所属年度",
        // A document store's category path ("所属分类：幼儿教育 - 园务管理 - …"), a bureau site's topic link inside the text
        // ("【专题链接】…专题 ›").
        "所属分类", "专题链接",
        // An essay site's tag line ("✎ 本文标签：德育　小学") and search suggestions inside the text ("🎯 猜你想找：… ｜ …"),
        // a portal's infographic link ("📌 政策图解：一图读懂… ›"), a document store's contents line above the text ("📑 目录：
        // 一、… / 二、…", the headings repeated by the site) and its readers' note count ("📝 划线笔记：本页已有 12 位读者…"):
        // labels of the site's own boxes with a colon, which no plan line opens with.
        "本文标签", "猜你想找", "政策图解", "目录", "划线笔记",
        // A policy library's link to the interpretation of the document ("⚑ 政策解读：一图读懂《…》"), inside the text or
        // in its metadata box ("政策解读：有"): the site's pointer to another page, never a line of the plan.
        "政策解读",
    ]

    /// A dingbat (✎ ✍) or a miscellaneous symbol (⚑ ☰ ⚐) that is no emoji: a mark a page sets before a field or a link,
    /// as an emoji is. (Stars are a rating's, read as such.)
    static func isMarkSymbol(_ scalar: Unicode.Scalar) -> Bool {
        ((0x2600...0x26FF).contains(scalar.value) || (0x2700...0x27BF).contains(scalar.value)) && scalar.properties.generalCategory == .otherSymbol
            && !"★☆".unicodeScalars.contains(scalar)
    }

    /// The text without the emoji, mark symbols (and, with `shapes`, geometric shapes) and spaces a page sets before a
    /// field, a link or a note ("💡 我的笔记：…", "📍 当前位置：…").
    static func unmarked(_ text: String, shapes: Bool = false) -> String {
        String(text.unicodeScalars.drop { $0.properties.isEmojiPresentation || $0.properties.isEmoji && $0.value > 0x2000
            || $0.properties.isVariationSelector || isMarkSymbol($0) || shapes && isShapeMark($0) || $0 == " " }.map(Character.init))
    }

    /// A character of the box-drawing block ("┌ ├ └ │"): a frame a page draws round its fields.
    static func isBoxDrawing(_ scalar: Unicode.Scalar) -> Bool { (0x2500...0x257F).contains(scalar.value) }

    /// A bar or a shape of the block and geometric sets ("▍", "◆", "■", "●"): a bullet a page sets before a field or a
    /// link, as it sets an emoji.
    static func isShapeMark(_ scalar: Unicode.Scalar) -> Bool { (0x2580...0x25FF).contains(scalar.value) }

    /// A label alone on its line that only a page prints: "附件列表" over an office platform's attachments.
    /// "【正文内容】" over the text a 报送 platform shows is its own tab label too.
    static let bareLabels: Set<String> = ["附件列表", "本文附件", "相关附件", "附件下载", "【正文内容】", "【正文】", "正文:"]

    /// The opinion fields of an office platform's 收文阅办单 ("拟办意见：…建议由人事处牵头…。　张瑶　2026-04-08 10:12",
    /// "领导批示：…"): the receiving office's notes on the document, whole sentences with a name and a time, no part of
    /// the plan, so neither their 牵头 nor their deadline is a task.
    /// A 报送 platform's reviewer writes its 审核意见 the same way ("审核意见：…同意备案。请于7月10日前报送…。").
    static let receiptFields = ["拟办意见", "领导批示", "批示意见", "办理意见", "阅办意见", "承办意见", "传阅意见", "审核意见"]

    static func isReceiptFormField(_ folded: String) -> Bool {
        let compact = folded.filter { $0 != " " }
        return receiptFields.contains { compact.hasPrefix($0 + ":") }
    }

    /// "［正文］　［附件（1）］　［办理过程］　［打印阅办单］", "【打印】【关闭】": a row of tabs or buttons, each a short
    /// bracketed word, nothing else on the line.
    static func isButtonRow(_ folded: String) -> Bool {
        let compact = folded.filter { $0 != " " }
        return compact.range(of: #"^([\[【][^\[\]【】:]{1,10}[\]】]){2,}$"#, options: .regularExpression) != nil
    }

    static let counterWords = [
        "浏览次数:", "阅读次数:", "点击数:", "点击次数:", "来源:", "发布时间:", "【打印】", "【关闭】", "阅读:", "浏览:", "字数:",
        "时间:", "作者:", "浏览量:", "阅读量:", "点击量:", "点击:", "人气:", "评论:", "热度:",
    ]

    /// A disclosure page's metadata table copied as rows of tab-separated cells ("名　　称\t…", "文　　号\t…\t有 效 性\t有效"):
    /// a label and its value, once or twice a row, each label one of the page's fields (spaced out or not). A plan's
    /// table has a header of its own columns, not fields and values in turn.
    static func isMetadataTableRow(_ lower: String) -> Bool {
        let cells = lower.split(separator: "\t").map { $0.filter { $0 != " " && $0 != "\u{3000}" } }
        guard [2, 4].contains(cells.count) else { return false }
        let labels = Set(metadataStarts)
        return cells.indices.allSatisfy { $0 % 2 == 0 ? labels.contains(cells[$0]) : !cells[$0].isEmpty && !labels.contains(cells[$0]) }
    }

    static func isPageMetadata(_ lower: String) -> Bool {
        if isMetadataTableRow(lower) { return true }
        // "【文　　号】": a label spaced out to the width of the others, with ideographic spaces too.
        var compact = lower.filter { $0 != " " && $0 != "\u{3000}" }
        if bareLabels.contains(compact) { return true }
        // "【文号】…", "【主题分类】…": a disclosure page's fields in lenticular brackets.
        // "〔 字体：大　中　小 〕　〔 护眼模式 〕": a portal's reading widgets, each in tortoise-shell brackets.
        while let first = compact.first, "|｜·•([【〔".contains(first) { compact.removeFirst() }
        // "📎 附件（1）：….docx　128KB　［预览］　［下载］": an app's attachment line, marked by a symbol, its buttons after.
        // "✎ 本文标签：…": a pencil among the dingbats that are no emoji marks a field the same way.
        // "├ 发文字号：…　公开日期：…": a disclosure page's fields in a box drawn with box lines, one field row a line.
        // "◆ 发文机关：…　　◆ 发文字号：…": a portal's row of labelled fields, each opened by a shape; the row is the page's
        // although its 发文字号 repeats the notice's 文号.
        let marked = compact.unicodeScalars.first.map { $0.properties.isEmojiPresentation || $0.properties.isEmoji && $0.value > 0x2000
            || isMarkSymbol($0) } ?? false
        compact = String(compact.unicodeScalars.drop { $0.properties.isEmojiPresentation || $0.properties.isEmoji && $0.value > 0x2000
            || $0.properties.isVariationSelector || isMarkSymbol($0) || isBoxDrawing($0) || isShapeMark($0) }
            .map(Character.init))
        // "➤ 专题：霏山教育“十四五”发展成就巡礼": a link to the site's topic page, marked as a link by its arrow. (A plan's
        // own "专题：…" line of a 教研 topic carries no such mark.)
        if marked, compact.hasPrefix("专题:") || compact.hasPrefix("专题|") { return true }
        // "📅 2026-03-11　✍ 佚名投稿　📂 教育工作计划　💬 4": a byline of symbol-marked fields, a date among them.
        if compact.count <= 80, lower.unicodeScalars.filter({ $0.properties.isEmojiPresentation || $0.properties.isEmoji && $0.value > 0x2000 }).count >= 3,
           compact.range(of: #"20[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}"#, options: .regularExpression) != nil { return true }
        for start in metadataStarts + ["阅读", "浏览", "字数", "人气", "点击量", "阅读量"] where compact.hasPrefix(start) {
            var rest = compact.dropFirst(start.count)
            // "相关附件（1）：": a label with the count of what it lists.
            if let counted = rest.range(of: #"^\([0-9]+\)"#, options: .regularExpression) {
                rest = rest[counted.upperBound...]
                if rest.isEmpty { return true }
            }
            // "文字｜园办 审核｜蒋晓岚": a bar stands for the colon.
            // "来源丨区教育局办公室": WeChat editors set the bar as 丨.
            if start.hasPrefix("【") || rest.hasPrefix(":") || rest.hasPrefix("】") || rest.hasPrefix("]") || rest.hasPrefix("|")
                || rest.hasPrefix("｜") || rest.hasPrefix("丨") { return true }
        }
        // "★★★★☆ 某老师 2026-03-02": a rating with its reviewer.
        if compact.count <= 60, compact.hasPrefix("★") || compact.hasPrefix("☆") { return true }
        // "4页 · 312.6KB · 2026-01-26上传 · 3.1万次浏览 · 1204次下载": a file's size and counters.
        if compact.count <= 80, compact.range(of: #"[0-9.]+万?次(浏览|下载|阅读|播放)"#, options: .regularExpression) != nil { return true }
        // "学前教育工作实施方案 推荐度:": an essay site's list of other articles, each rated; "10 积分": a download's price.
        if compact.count <= 40, compact.hasSuffix("推荐度:") || compact.range(of: #"^[0-9]+积分$"#, options: .regularExpression) != nil {
            return true
        }
        // "🔏 本文档含电子签章，签名有效 · 签章时间 2027-03-01 16:05 · …": a stamp to the minute in the digits of a machine,
        // anywhere on a short line; a plan dates itself in 年月日 and keeps no clock.
        if lower.range(of: #"20[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}"#, options: .regularExpression) != nil { return true }
        // "2026-03-03 09:26 民声号": a post's date and time, and the platform it is on.
        if compact.count <= 30, compact.range(of: #"^20[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}[0-9]{1,2}:[0-9]{2}"#, options: .regularExpression) != nil {
            return true
        }
        // "韦晓川  3月4日 10:26", "山中一棵树 2026-03-12 20:18": a post's or a comment's author and time.
        if compact.count <= 30,
           compact.range(of: #"([0-9]{1,2}月[0-9]{1,2}日|20[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2})[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"#,
                         options: .regularExpression) != nil {
            return true
        }
        // "李小禾  02-16 09:12", "拟稿  沈知远  2026-02-24 15:20  提交": a short line of who and when, to the minute.
        if compact.count <= 40, compact.range(of: #"[0-9]{1,2}-[0-9]{1,2}[0-9]{1,2}:[0-9]{2}"#, options: .regularExpression) != nil {
            return true
        }
        // "发件人：何明远<hemingyuan@…>": a line naming a mail address; "时间：2026年1月14日（星期三）上午10:26".
        if compact.range(of: #"[a-z0-9._-]+@[a-z0-9-]+\.[a-z0-9.-]+"#, options: .regularExpression) != nil { return true }
        if compact.hasPrefix("时间:"), compact.contains("星期") || compact.range(of: #"[0-9]:[0-9]{2}$"#, options: .regularExpression) != nil {
            return true
        }
        // "附件（1）", "附件：1 个（….docx）", "….docx  41.6KB": a page's attachment box, not a document's 附件 list.
        if compact.range(of: #"^附件(\([0-9]+个?\)|:[0-9]+个)"#, options: .regularExpression) != nil
            || compact.range(of: #"\.(docx?|pdf|xlsx?|wps)[0-9.]+(kb|mb)$"#, options: .regularExpression) != nil {
            return true
        }
        // "216 人赞同了该文章", "15 赞同 · 3 评论文章", "已读 47 | 未读 5", "IP 属地琼枝": a post's counters and origin.
        if compact.range(of: #"^[0-9,]+人?赞同"#, options: .regularExpression) != nil || compact.contains("ip属地")
            || compact.range(of: #"^已读[0-9]+"#, options: .regularExpression) != nil
            || compact.range(of: #"^已确认[0-9]+人"#, options: .regularExpression) != nil {
            return true
        }
        // "附件：无": a page's attachment field left empty; a document with nothing attached lists nothing.
        if compact == "附件:无" || compact == "附件:暂无" { return true }
        // "阅读 1,206　👍 58　💛 在看 23": a post's counters on one line, each a word or a symbol and a number.
        if compact.count <= 40, compact.range(of: #"^(阅读|浏览)[0-9][0-9,.]*万?([^0-9。,;:]{1,4}[0-9][0-9,.]*万?)+$"#,
                                              options: .regularExpression) != nil { return true }
        // "某某教研　·　阅读 2309": a linked article's card inside a post, its account and its read count apart by a dot or a
        // bar. A plan counts no readers.
        if compact.count <= 30, compact.range(of: #"^[^0-9。,;:]{2,16}[·•|｜丨](阅读|浏览|播放|观看)[0-9][0-9,.]*万?\+?$"#,
                                              options: .regularExpression) != nil { return true }
        // "阅读 3862", "转发 36", "0条评论": a post's counters.
        // "全部评论 17", "热门评论（5）": the count heading an app's comments.
        if compact.range(of: #"^(阅读|转发|评论|点赞|收藏|浏览|分享|留言)[0-9.]+万?$"#, options: .regularExpression) != nil
            || compact.range(of: #"^[0-9]+条评论$"#, options: .regularExpression) != nil
            || compact.range(of: #"^(全部|热门|最新|精选)(评论|留言)\(?[0-9]+\)?$"#, options: .regularExpression) != nil {
            return true
        }
        // "发布部门：某县教育局　　2032-08-28　　👁 2196": a page's byline, a date in digits and a counter marked by a symbol
        // (an eye, a flame) at its end; a plan counts nothing with a picture.
        if compact.count <= 80, compact.range(of: #"20[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}"#, options: .regularExpression) != nil,
           let counter = lower.range(of: #"[^\p{L}\p{N}\s]+\s*[0-9][0-9,.]*万?$"#, options: .regularExpression),
           case let symbols = lower[counter].unicodeScalars.filter({ !$0.properties.isWhitespace && !(0x30...0x39).contains($0.value) && !",.万".unicodeScalars.contains($0) }),
           !symbols.isEmpty, symbols.allSatisfy({ $0.properties.isEmoji && $0.value > 0x2000 || $0.properties.isVariationSelector }) { return true }
        // "👍 86　　💬 17　　⭐ 23　　↗ 41": a post's counters, each a symbol and its number, nothing else on the line.
        if lower.count <= 60, isSymbolCounterRow(lower) { return true }
        // "约5.8千字", "约11页", "文档评论(0)", "收藏(3)": a document site's counters.
        if compact.range(of: #"^约?[0-9.]+(千|万)?(字|页)$"#, options: .regularExpression) != nil
            || compact.range(of: #"^(文档)?(评论|收藏|点赞|下载)\(?[0-9]*\)?$"#, options: .regularExpression) != nil
            // "观点（2）": an app's count of its readers' comments, which it calls 观点.
            || compact.range(of: #"^(观点|讨论)\([0-9]+\)$"#, options: .regularExpression) != nil {
            return true
        }
        // "北塘教育 2025年02月18日 17:30 苍梧": a WeChat article's byline, its account, date, time and place.
        if compact.count <= 40, compact.range(of: #"20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[0-9]{1,2}:[0-9]{2}"#, options: .regularExpression) != nil {
            return true
        }
        // "原创 南溪教育 2025年01月10日 18:05": a WeChat article's byline.
        if compact.hasPrefix("原创"), compact.range(of: #"20[0-9]{2}(年|-|/|\.)[0-9]{1,2}"#, options: .regularExpression) != nil { return true }
        // "时间:2025-01-08 09:12" / "2025-03-06 10:20 来源:…": a page's date stamp, digits first.
        let dateStart = compact.hasPrefix("时间:") ? compact.dropFirst(3) : Substring(compact)
        if startsWithNumericDate(Array(dateStart)) {
            let words = dateStart.filter { TextCleaning.isHan($0) }
            if words.isEmpty || counterWords.contains(where: { compact.contains($0) }) { return true }
        }
        // "禾苗老师 2025-08-28 发布于岱山 | 阅读 386 | 转藏 21": a library site's byline, its date and counters.
        if compact.range(of: #"20[0-9]{2}[-/.年][0-9]{1,2}"#, options: .regularExpression) != nil,
           compact.range(of: #"(阅读|浏览|转藏|点击|评论)[0-9]"#, options: .regularExpression) != nil || compact.contains("发布于") {
            return true
        }
        return counterWords.filter { compact.contains($0) }.count >= 2
    }

    /// "👍 86　💬 17　⭐ 23　↗ 41": two or more counters, each a symbol (no letter, no digit) and a number after it, and
    /// no word. A plan writes what it counts.
    static func isSymbolCounterRow(_ lower: String) -> Bool {
        let text = lower.trimmingCharacters(in: .whitespaces)
        guard text.range(of: #"^([^\p{L}\p{N}\s]+\s*[0-9][0-9,.]*万?\s*){2,}$"#, options: .regularExpression) != nil else { return false }
        // Each counter's symbol is a picture or an arrow, not a dash or a bracket of a page number ("— 1 —").
        let symbols = text.unicodeScalars.filter { !$0.properties.isWhitespace && !(0x30...0x39).contains($0.value) && !",.万".unicodeScalars.contains($0) }
        return symbols.allSatisfy { $0.properties.isEmoji && $0.value > 0x2000 || $0.properties.isVariationSelector || $0.value == 0x200D }
    }

    /// "2025-03-06", "2025/3/6", "2025.03.06" at the start.
    static func startsWithNumericDate(_ f: [Character]) -> Bool {
        guard f.count >= 8, f.prefix(4).allSatisfy(TextCleaning.isDigit), "-/.".contains(f[4]) else { return false }
        var i = 5
        while i < f.count, TextCleaning.isDigit(f[i]) { i += 1 }
        return i > 5 && i - 5 <= 2 && i < f.count && f[i] == f[4] && i + 1 < f.count && TextCleaning.isDigit(f[i + 1])
    }

    // MARK: Announcements of the text below

    /// "以下为《要点》全文：", "⇩ 以下为附件网页版，便于在线阅读，格式以PDF原件为准", "《方案》全文如下：": the page (or the
    /// reporter) announcing the document it reproduces below. No sentence of the document, which begins after it.
    static func isTextAnnouncement(_ folded: String) -> Bool {
        let text = folded.drop { !TextCleaning.isContent($0) }
        guard !text.contains("。") else { return false }
        // "附：某区教育局2062年教育工作要点（全文）": a news page's pointer to the document it carries below its report.
        let announces = text.hasPrefix("以下为") || text.hasPrefix("以下是") || text.hasSuffix("全文如下:") || text.hasSuffix("全文:")
            || text.hasPrefix("附:") && text.hasSuffix("(全文)")
        // "—— 以下为征求意见稿正文 ——": a separator announcing the document's text.
        return announces && ["全文", "网页版", "原文", "正文"].contains(where: { text.contains($0) })
    }

    // MARK: Breadcrumbs

    static let breadcrumbSeparators: Set<Character> = [">", "»", "›", "→", "〉", "》", "▶", "▸"]
    static let breadcrumbStarts = ["当前位置", "您的位置", "您现在的位置", "你的位置", "你现在的位置", "位置:", "首页", "主页", "网站首页"]

    static func isBreadcrumb(_ folded: String) -> Bool {
        // "📍 当前位置：首页 / …": a pin or another mark before the path changes nothing.
        let unmarked = unmarked(folded, shapes: true)
        if unmarked != folded, !unmarked.isEmpty { return isBreadcrumb(unmarked) }
        // "资源中心 / 学校管理 / 计划总结 / 安全卫生": channels apart by spaced slashes.
        func isPath(_ segments: [String]) -> Bool {
            segments.count >= 3 && segments.allSatisfy({ (1...10).contains($0.count) && !$0.contains(where: { "。,;:".contains($0) }) })
        }
        if isPath(folded.components(separatedBy: " / ")) { return true }
        // "首页 - 工作计划 - 学校工作计划 - 教导处工作计划": the same path joined by spaced hyphens. A page's title bar
        // ("标题 - 栏目 - 站点名") joins its parts so too, so the path must start at the home page.
        let dashed = folded.components(separatedBy: " - ")
        if isPath(dashed), ["首页", "主页", "网站首页"].contains(dashed[0]) { return true }
        let compact = folded.replacingOccurrences(of: " ", with: "")
        if breadcrumbStarts.prefix(5).contains(where: { compact.hasPrefix($0) }) { return true }
        // "当前：首页 / 工作计划 / 教育工作计划": a path under a short 当前 label.
        if compact.hasPrefix("当前:首页") || compact.hasPrefix("当前:主页") { return true }
        // "当前栏目：安全教育 ＞ 工作计划": a school site's column path under its 当前栏目 label.
        if compact.count <= 40, ["当前栏目:", "所在栏目:"].contains(where: { compact.hasPrefix($0) }) { return true }
        let siteNames = ["网", "网站", "文库", "首页", "主页"]
        // 》 closes book titles in plan text too: only count it when no 《 opens one.
        let separators = compact.filter { breadcrumbSeparators.contains($0) && ($0 != "》" || !compact.contains("《")) }
        guard !separators.isEmpty else { return false }
        let segments = compact.split(whereSeparator: { breadcrumbSeparators.contains($0) }).map(String.init)
        // "论坛名 › 论坛 › 版块 › 【转帖】某市…三年实施方案……": a path of short channels may end in the page's own title,
        // however long (cut short or not).
        let endsInTitle = segments.count >= 4 && segments.dropLast().allSatisfy({ $0.count <= 20 }) && segments.last!.count <= 60
        guard segments.count >= 2, segments.allSatisfy({ $0.count <= 20 }) || endsInTitle else { return false }
        return breadcrumbStarts.contains(where: { segments[0].hasPrefix($0) || segments[0].hasSuffix($0) })
            || siteNames.contains(where: { segments[0].hasSuffix($0) })
            || separators.count >= 2
    }

    // MARK: Navigation

    static let navigationWords: Set<String> = [
        "首页", "网站首页", "返回首页", "栏目导航", "网站导航", "导航", "返回顶部", "返回", "打印本页", "打印", "关闭窗口",
        "关闭", "收藏", "加入收藏", "设为首页", "分享到", "分享", "上一篇", "下一篇", "上一条", "下一条", "相关文章",
        "相关链接", "友情链接", "热点新闻", "推荐阅读", "扫一扫", "手机版", "english", "繁体", "简体", "繁体版", "简体版",
        "登录", "注册", "搜索", "站内搜索", "高级搜索", "字号", "大", "中", "小", "默认", "更多", "更多>>", "微信", "微博",
        "政务公开", "新闻中心", "办事服务", "互动交流", "信息公开", "政策文件", "通知公告", "走进", "专题专栏", "在线办事", "在看", "赞", "在看和点赞",
        "返回列表", "上一则", "下一则", "上一页", "下一页", "知道了", "取消", "允许", "听全文", "收听", "下载", "展开阅读全文", "关注", "发表评论", "转发", "评论", "写留言", "无障碍", "关怀版", "长者模式",
        "适老化", "网站支持ipv6", "繁體版", "发评论", "发表回复", "回复", "沙发", "板凳", "地板", "电脑版", "触屏版",
        "关注他", "关注她", "继续阅读", "写评论", "喜欢", "赞同", "发私信", "预览", "转存到云盘", "确认收到", "最新",
        // A portal's sub-tabs under 政策文件.
        "政策解读", "规范性文件", "部门文件",
    ]

    /// The bars a menu or a site's bar sets between its entries ("首页 | 工作计划", "首页 ┊ 工作总结", "网站首页 ∣ 教育要闻").
    static let menuBars = "|｜┊╎¦∣"

    static func isNavigation(_ folded: String) -> Bool {
        let lower = folded.lowercased()
        // "← 上一篇：…": an arrow before it changes nothing.
        let unarrowed = lower.drop { "←→<>«» ".contains($0) }
        if ["上一篇", "下一篇", "上一条", "下一条", "上一则", "下一则", "前一篇", "后一篇"].contains(where: { unarrowed.hasPrefix($0) }) {
            return true
        }
        let tokens = lower.split(whereSeparator: { (" ·•/【】[]『』「」<>()" + menuBars).contains($0) || $0 == "\t" }).map(String.init)
        guard !tokens.isEmpty else { return false }
        let navigation = tokens.filter { navigationWords.contains($0.trimmingCharacters(in: .punctuationCharacters)) }
        guard !navigation.isEmpty else { return false }
        if tokens.count == 1 { return navigation.count == 1 && lower.count <= 8 }
        // "首页 | 学校概况 | 党建园地 | 德育之窗 | …", "首页  工作总结  工作计划  心得体会 …", "首页　工作计划　工作总结　
        // 心得体会 …": a menu bar opens with its home link, its entries apart by bars or by spaces (a full-width space
        // between entries is one space once folded).
        if navigation.contains(where: { ["首页", "网站首页"].contains($0) }), tokens.first.map({ ["首页", "网站首页"].contains($0) }) == true,
           tokens.count >= 4, tokens.allSatisfy({ $0.count <= 6 }),
           lower.contains(where: { menuBars.contains($0) }) || lower.contains(" ") { return true }
        return tokens.allSatisfy { $0.count <= 8 } && navigation.count * 3 >= tokens.count
    }

    // MARK: Page titles

    /// "标题_第1页", "标题 · 第1页/共3页": the title bar of a document viewer's page.
    static func isViewerPageTitle(_ folded: String) -> Bool {
        var compact = folded.replacingOccurrences(of: " ", with: "")
        if let r = compact.range(of: #"/共[0-9]+页$"#, options: .regularExpression) { compact.removeSubrange(r) }
        let chars = Array(compact)
        guard chars.count >= 6, chars.last == "页" else { return false }
        var i = chars.count - 2
        while i >= 0, TextCleaning.isDigit(chars[i]) { i -= 1 }
        guard i < chars.count - 2, i >= 1, chars[i] == "第" else { return false }
        return "_-—|·•".contains(chars[i - 1])
    }

    /// "标题-站点名", "标题_站点名", "A-B-C-海城市人民政府": the page's own title bar, with its segments.
    static func pageTitleSegments(_ folded: String) -> [String]? {
        guard !folded.contains("。"), folded.count <= 150 else { return nil }
        let segments = folded.split(whereSeparator: { "-_|–—".contains($0) }).map { TextCleaning.trimmed(String($0)) }
            .filter { !$0.isEmpty }
        guard segments.count >= 2, let last = segments.last else { return nil }
        let siteSuffixes = ["人民政府", "政府网", "门户网站", "网站", "官网", "教育局", "教育网", "教育厅", "信息网", "政府"]
        return siteSuffixes.contains(where: { last.hasSuffix($0) }) ? segments : nil
    }
}
