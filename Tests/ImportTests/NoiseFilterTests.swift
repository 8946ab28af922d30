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
