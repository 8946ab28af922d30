import Foundation

/// Plans written for the tests, in the tradition of the real ones: a county's annual plan as a web page (simplified,
/// every numbering style, lead phrases, noise), a traditional-character plan with pinyin glosses and chapters, and
/// outlines whose numbering styles nest in unusual orders.
enum Fixtures {
    static let countyWebPage = """
        首页 | 政务公开 | 新闻中心 | 办事服务
        当前位置：首页 > 政务公开 > 通知公告
        肇州县2025年教育工作要点
        发布时间：2025-02-18  来源：肇州县教育局  浏览次数：326
        【字体：大 中 小】【打印】【关闭】

        2025年，全县教育工作以办好人民满意的教育为目标，突出以下重点。

        一、主要目标
        到2025年，全县学前三年毛入园率达97%以上，普惠性幼儿园覆盖率达到96%以上。九年义务教育巩固率持续保持在99%以上。
        二、重点任务
        （一）扩大学前教育资源
        1、新建公办园6所、改扩建公办园10所。
        2、补充教师1000人以上，交流比例应达到7%左右。
        （1）撤并学校XX所。
        （2）大班额比例控制在5%以内。
        ① 加强统筹。一是加强统筹，二是强化督导，三是落实责任。
        ② 生均公用经费不低于600元。
        （二）推进义务教育优质均衡
        实施质量提升行动。一是完善教研体系，二是推进课堂改革。
        强化教师队伍建设。全县补充教师80人。
        深化评价改革：建立增值评价机制，每年评选优秀教师20名。
        三、保障措施
        确保肇州县2023年，龙凤区、大同区2024年达标迎检。
        加强经费保障（牵头单位：县教育局；责任单位：县财政局；完成时限：2025年6月）。
        肇州县2025年教育工作要点
        版权所有：肇州县教育局  技术支持：某某网络公司
        Copyright © 2025 All Rights Reserved  黑ICP备12345678号
        """

    static let traditionalWithGlosses = """
        臺北市教育局 - 首頁
        首頁 > 最新消息 > 公告
        2024年度教育發展計畫
        第一章 總體目標
        全市幼兒園入園率達到98%以上，學校網路覆蓋率達到100%。
        第二章 重點工作
        1. 推動現(xiàn)場(chǎng)會(huì)議制度
        召開現(xiàn)場(chǎng)會(huì)議12場。
        (1) 新建學校3所。
        (2) 補充教師200人以上。
        2. 強化師資
        培訓教師2萬人次以上。
        第三章 保障措施
        落實經費保障。每年投入不少於500萬元。
        健全督導機制。督導覆蓋率達到100%。
        版權所有 © 臺北市教育局
        """

    /// 一、 then 1. then （一）: the order of depth is this document's own.
    static let unusualOrder = """
        某县“十四五”教育发展规划
        一、发展目标
        1. 学前教育
        （一）提高普及水平
        入园率达到90%。
        （二）提高保教质量
        2. 义务教育
        二、保障措施
        1．加强领导
        2、强化督导
        """
}

extension Fixtures {
    /// A city plan copied from a portal: the page title bar names the site, chapters hold 一、, then ⑴ and ❶, then 1);
    /// a section is marked by lead phrases that stand alone and end in a colon.
    static let portalWithChapters = """
        某市教育事业发展“十五五”规划_某市人民政府门户网站
        某市人民政府
        网站首页 | 政务公开 | 政务服务 | 互动交流
        您现在的位置：首页 » 政务公开 » 规划计划
        某市教育事业发展“十五五”规划
        第一部分 发展基础
        一、主要成绩
        “十四五”期间，全市新增学位2万个，教育面貌显著改善。
        二、面临形势
        人口变化带来新的挑战。
        第二部分 主要任务
        一、学前教育
        ⑴ 扩充资源
        ❶ 城区：新建幼儿园12所。
        ❷ 农村：乡镇中心园全覆盖。
        ⑵ 提升质量
        1) 保教质量评估覆盖率达到100%
        2) 示范园比例不低于30%
        二、教师队伍
        主要措施：
        到2030年，全市专任教师本科以上学历比例达到90%。
        保障机制：
        落实教师工资待遇，绩效工资向一线倾斜。
        某市教育事业发展“十五五”规划_某市人民政府门户网站
        主办：某市人民政府办公室  网站标识码：1234000000
        """
}
