import Foundation

/// Why a line is not plan content.
enum NoiseKind: String, Sendable {
    case spam, navigation, breadcrumb, footer, pageMetadata, pageTitle
}

/// Recognises the lines a web page wraps around a plan. Every rule asks for a short line without sentence
/// punctuation as well as its keywords, so that a plan sentence which merely mentions 网站 or 赌博 is never dropped.
enum NoiseFilter {
    /// A line of text as the filter sees it (folded: half-width, simplified).
    static func classify(_ folded: String) -> NoiseKind? {
        let lower = folded.lowercased()
        let length = folded.count
        let hasFullStop = folded.contains("。")
        if isSpam(lower, length: length, hasFullStop: hasFullStop) { return .spam }
        if hasFullStop { return nil }
        if length <= 160, isFooter(lower) { return .footer }
        if length <= 120, isPageMetadata(lower) { return .pageMetadata }
        if length <= 120, isBreadcrumb(folded) { return .breadcrumb }
        if length <= 100, isNavigation(folded) { return .navigation }
        return nil
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
        if strongSpam.contains(where: { lower.contains($0) }) { return true }
        return weakSpam.filter { lower.contains($0) }.count >= 3
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
        "更新时间", "【字体", "字体:", "字号:", "【字号",
    ]

    static func isPageMetadata(_ lower: String) -> Bool {
        let compact = lower.replacingOccurrences(of: " ", with: "")
        for start in metadataStarts where compact.hasPrefix(start) {
            let rest = compact.dropFirst(start.count)
            if start.hasPrefix("【") || rest.hasPrefix(":") || rest.hasPrefix("】") || rest.hasPrefix("]") { return true }
        }
        return ["浏览次数:", "阅读次数:", "点击数:", "点击次数:", "来源:", "发布时间:", "【打印】", "【关闭】"]
            .filter { compact.contains($0) }.count >= 2
    }

    // MARK: Breadcrumbs

    static let breadcrumbSeparators: Set<Character> = [">", "»", "›", "→", "〉", "》"]
    static let breadcrumbStarts = ["当前位置", "您的位置", "您现在的位置", "你的位置", "你现在的位置", "位置:", "首页", "主页", "网站首页"]

    static func isBreadcrumb(_ folded: String) -> Bool {
        let compact = folded.replacingOccurrences(of: " ", with: "")
        if breadcrumbStarts.prefix(5).contains(where: { compact.hasPrefix($0) }) { return true }
        // 》 closes book titles in plan text too: only count it when no 《 opens one.
        let separators = compact.filter { breadcrumbSeparators.contains($0) && ($0 != "》" || !compact.contains("《")) }
        guard !separators.isEmpty else { return false }
        let segments = compact.split(whereSeparator: { breadcrumbSeparators.contains($0) }).map(String.init)
        guard segments.count >= 2, segments.allSatisfy({ $0.count <= 20 }) else { return false }
        return breadcrumbStarts.contains(where: { segments[0].hasPrefix($0) || segments[0].hasSuffix($0) })
            || separators.count >= 2
    }

    // MARK: Navigation

    static let navigationWords: Set<String> = [
        "首页", "网站首页", "返回首页", "栏目导航", "网站导航", "导航", "返回顶部", "返回", "打印本页", "打印", "关闭窗口",
        "关闭", "收藏", "加入收藏", "设为首页", "分享到", "分享", "上一篇", "下一篇", "上一条", "下一条", "相关文章",
        "相关链接", "友情链接", "热点新闻", "推荐阅读", "扫一扫", "手机版", "english", "繁体", "简体", "繁体版", "简体版",
        "登录", "注册", "搜索", "站内搜索", "高级搜索", "字号", "大", "中", "小", "默认", "更多", "更多>>", "微信", "微博",
        "政务公开", "新闻中心", "办事服务", "互动交流", "信息公开", "政策文件", "通知公告", "走进", "专题专栏", "在线办事",
    ]

    static func isNavigation(_ folded: String) -> Bool {
        let lower = folded.lowercased()
        if ["上一篇", "下一篇", "上一条", "下一条"].contains(where: { lower.hasPrefix($0) }) { return true }
        let tokens = lower.split(whereSeparator: { " |｜·•/【】[]『』「」<>()".contains($0) || $0 == "\t" }).map(String.init)
        guard !tokens.isEmpty else { return false }
        let navigation = tokens.filter { navigationWords.contains($0.trimmingCharacters(in: .punctuationCharacters)) }
        guard !navigation.isEmpty else { return false }
        if tokens.count == 1 { return navigation.count == 1 && lower.count <= 8 }
        return tokens.allSatisfy { $0.count <= 8 } && navigation.count * 3 >= tokens.count
    }

    // MARK: Page titles

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
