# Crocevia — user-interface strings (Simplified Chinese).

## Language names, each written in its own language (used by the language switcher).
language-name = 简体中文

## Layout
site-tagline = 为第三国公民融入社会提供信息和服务
skip-to-content = 跳转到主要内容
skip-to-footer = 跳转到页脚
lang-switcher-label = 语言
lang-switcher-current = 页面语言：{ $language }
menu-label = 主菜单
menu-toggle = 显示或隐藏菜单
nav-home = 首页
nav-guides = 指南
nav-services = 服务
nav-glossary = 术语表
nav-search = 搜索
demo-notice = 演示网站：各项服务的联系方式和地址均为示例。办理正式手续，请联系文中所列的办公室。
external-link = （外部网站）

## Home page
home-title = 用您的语言，找到合适的手续和离您最近的服务
home-lead = { $network } 将本大区的服务窗口、社会、医疗和法律服务以及跨文化调解员连成网络。您可以在这里找到常见手续的清晰说明，以及寻求帮助的联系方式。
home-topics-title = 最常办理的手续
home-topics-lead = 初步介绍人们最常到窗口咨询的事项。规定可能会变化：请务必向主管部门核实。
topic-where = 办理地点：{ $office }
topic-permit-title = 居留许可续签
topic-permit-text = 续签应在居留许可到期前申请，一般至少提前 60 天。许多类型的居留许可要通过指定邮局的邮寄材料包（kit postale）寄送申请；其他类型则直接到警察局（Questura）提交申请。
topic-permit-office = 警察局（Questura）或指定邮局（Sportello Amico）
topic-residence-title = 户籍登记（居住登记）
topic-residence-text = 在您居住的市镇（Comune）的户籍登记处（anagrafe）登记是您的权利，也能让您获得许多服务，从身份证到社会服务。需要准备一份身份证件、居留许可（或续签回执）以及您的居住地址。
topic-residence-office = 市镇（Comune）户籍登记处（anagrafe）
topic-health-title = 医疗保健和家庭医生
topic-health-text = 持有居留许可，您可以在国家医疗服务体系（Servizio sanitario nazionale）登记，并选择家庭医生（medico di base）或儿科医生。没有有效居留许可的人，也有权凭 STP 代码获得紧急和基本医疗服务。
topic-health-office = 地方卫生局（ASL）选择和更换医生窗口
topic-italian-title = 意大利语课程
topic-italian-text = 省级成人教育中心（CPIA）为成年人开设免费意大利语课程，从入门级开始，并组织部分居留许可所要求的意大利语考试。
topic-italian-office = CPIA，省级成人教育中心（Centro provinciale per l'istruzione degli adulti）
topic-work-title = 就业与培训
topic-work-text = 就业中心（Centro per l'impiego）帮助您找工作、办理“立即可就业声明”，并寻找培训课程和实习机会。
topic-work-office = 就业中心（Centro per l'impiego, CPI）
topic-family-title = 家庭团聚
topic-family-text = 如果想把配偶、子女或由您赡养的父母接到意大利，需要在网上向移民统一窗口（Sportello unico per l'immigrazione）申请许可（nulla osta）。申请人需要有合适的住房和最低收入。
topic-family-office = 省政府（Prefettura）移民统一窗口（Sportello unico per l'immigrazione）
home-desk-title = 统一服务窗口：从一个地方开始
home-desk-text = 在统一服务窗口，由社会工作、法律和医疗工作人员以及跨文化调解员组成的团队会倾听您的情况，为您提供指引，必要时陪同您前往其他服务机构。本服务免费。
home-desk-point-info = 本地服务的信息和指引
home-desk-point-legal = 关于居留许可、国籍和庇护的法律咨询
home-desk-point-health = 医疗服务指引
home-desk-point-mediation = 用您的语言提供跨文化调解
home-desk-bring = 请带上您已有的证件：护照、居留许可或回执、税号（codice fiscale）。
home-contact-title = 联系方式
home-contact-address = 地址
home-contact-phone = 电话
home-contact-email = 电子邮件
home-contact-hours = 开放时间
home-help-title = 免费实用电话
help-112 = 统一紧急电话：警察、宪兵（carabinieri）、消防、救护车
help-1522 = 反暴力和反跟踪骚扰热线：24 小时开通，也提供其他语言服务
help-antitratta = 反人口贩运免费热线：匿名，24 小时开通，提供多种语言服务
home-languages-title = 使用您的语言
home-languages-text = 本网站提供多种语言版本。请在页面顶部的“语言”菜单中选择您的语言：您仍会停留在当前页面。

## Footer
footer-about = { $network } 是一个面向接待与融入服务网络的开放平台。
footer-funding = 本网站在欧盟庇护、移民与融合基金（FAMI）资助的项目框架内建设。
footer-accessibility = 无障碍声明
footer-privacy = 隐私声明
footer-api = API 和开放数据
footer-legal-title = 法律声明

## Accessibility declaration
accessibility-title = 无障碍声明
accessibility-intro = { $network } 致力于使本网站符合无障碍要求，依据意大利 2004 年 1 月 9 日第 4 号法律和欧盟第 2016/2102 号指令。
accessibility-status-title = 合规状况
accessibility-status-text = 本网站按照 EN 301 549 标准的要求和 WCAG 2.1 AA 级指南设计。每个版本都在真实浏览器中用意大利语、英语和阿拉伯语进行自动化测试；人工检查仍在进行中。
accessibility-features-title = 我们为无障碍所做的工作
accessibility-feature-languages = 提供多种语言的文本，并为阿拉伯语和乌尔都语设置正确的阅读方向；
accessibility-feature-keyboard = 可完全使用键盘浏览，并提供直接跳转到内容的链接；
accessibility-feature-nojs = 页面在不启用 JavaScript 和网速较慢时也能正常使用；
accessibility-feature-contrast = 合适的颜色对比度和文字大小。
accessibility-feedback-title = 问题反馈
accessibility-feedback-text = 如果您发现无法无障碍访问的内容，请发送电子邮件至 { $email }。我们将在 30 天内答复。
accessibility-feedback-nocontact = 如果您发现无法无障碍访问的内容，请向管理本网站的机构反映。该机构将在 30 天内答复您。
accessibility-enforcement-title = 执行程序
accessibility-enforcement-text = 如果您对答复不满意，或 30 天内没有收到答复，可以向意大利数字化署（AgID）的数字事务监察员（Difensore civico per il digitale）反映。

## Privacy notice
privacy-title = 隐私声明
privacy-intro = 本声明根据欧盟第 2016/679 号条例（GDPR），说明 { $network } 如何处理公共门户网站访问者的数据。
privacy-data-title = 我们处理哪些数据
privacy-data-text = 浏览本门户网站无需注册，我们也不会要求您提供个人数据。服务器只记录运行和安全所需的技术数据（例如请求的时间和所请求的页面），不记录您输入的内容。
privacy-cookies-title = Cookie
privacy-cookies-text = 我们只使用技术性 Cookie：一个用于记住您选择的语言，另一个用于保护表单免受伪造请求。我们不使用用户画像 Cookie，也不使用第三方跟踪工具。
privacy-rights-title = 您的权利
privacy-rights-text = 您可以发送电子邮件至 { $email }，要求查阅、更正或删除您的数据，并反对对数据的处理。您也可以向意大利个人数据保护局（Garante per la protezione dei dati personali）投诉。
privacy-rights-nocontact = 您可以联系管理本网站的机构（即数据控制者），要求查阅、更正或删除您的数据，并反对对数据的处理。您也可以向意大利个人数据保护局（Garante per la protezione dei dati personali）投诉。
privacy-operators = 网络内各服务机构的工作人员使用专用的内部区域，对其服务对象的数据另有专门的隐私声明。

## Error pages
error-404-title = 找不到页面
error-404-text = 您要找的页面不存在或已被移动。
error-500-title = 出现错误
error-500-text = 无法完成您的请求。请过几分钟再试。
error-back-home = 返回首页
error-request-id = 请求代码：{ $id }
error-403-title = 不允许访问
error-403-text = 无法完成所请求的操作。请刷新页面后重试。
error-403-permission = 您的账户无权执行此操作。如果您认为这是错误，请联系网络管理员。
error-429-title = 尝试次数过多
error-429-text = 您在短时间内发出了太多请求。请等待几分钟后再试。
error-400-title = 请求无效
error-400-text = 无法读取您提交的表单，或表单过大。请检查文件后重试。

## Services directory
dir-title = 服务
dir-lead = 查找离您最近、能为您提供帮助并且会说您的语言的办公室或服务机构。
dir-filters = 筛选服务
dir-category = 服务类型
dir-category-any = 所有类型
dir-place = 市镇
dir-place-hint = 请输入市镇名称，例如 Torino。
dir-language = 服务语言
dir-language-any = 所有语言
dir-open-now = 现在开放
dir-free = 仅显示免费服务
dir-search = 显示服务
dir-use-location = 使用我的位置
dir-location-used = 按与您所在位置的距离排序。
dir-place-used = 按与 { $place } 的距离排序。
dir-place-unknown = 找不到市镇“{ $place }”：请检查名称，或输入其他市镇。
dir-jump-map = 在地图上查看
dir-nothing-near = { $place } 没有符合筛选条件的服务：最近的服务约在 { $km } 公里外。
dir-results = { $count ->
   *[other] 找到 { $count } 项服务。
}
dir-none = 没有符合所选筛选条件的服务。请尝试去掉一个筛选条件，或在附近的市镇查找。
dir-map = 服务地图
dir-map-hint = 地图显示列表中的服务；没有地图，列表也能正常使用。
dir-distance = 距离 { $km } 公里
dir-open-until = 现在开放，{ $time } 关闭
dir-opens-today = 现在关闭，今天 { $time } 开放
dir-opens-at = 现在关闭，{ $day } { $time } 开放
dir-hours-unknown = 未提供开放时间
dir-temporarily-closed = 暂停开放
dir-free-badge = 免费
dir-languages = 可使用的语言
dir-pagination = 结果页
dir-page-prev = 上一页
dir-page-next = 下一页
dir-page-of = 第 { $page } 页，共 { $pages } 页
dir-address = 地址
dir-hours = 开放时间
dir-phone = 电话
dir-email = 电子邮件
dir-website = 网站
dir-documents = 需要携带的材料
dir-accessibility = 无障碍设施
dir-cost = 费用
dir-directions = 交通指引
dir-verified = 信息核实日期：{ $date }。
dir-not-verified = 编辑部尚未核实这些信息。
dir-organization = 机构
dir-back = 返回服务列表
dir-how-to-apply = 如何获得服务
dir-eligibility = 服务对象
dir-where = 所在位置
dir-closed-day = 关闭
dir-not-translated = 此页面尚未翻译成您的语言。当前显示的语言：{ $language }。
dir-machine-translated = 此页面为机器翻译，尚未经过人工审核。
day-1 = 星期一
day-2 = 星期二
day-3 = 星期三
day-4 = 星期四
day-5 = 星期五
day-6 = 星期六
day-7 = 星期日
hours-every-weeks =
    { $n ->
        [1] 每周
        *[other] 每{ $n }周
    }
hours-every-months =
    { $n ->
        [1] 每月
        *[other] 每{ $n }个月
    }
hours-in-month = 每月{ $which }
hours-month-days = 每月{ $days }日
list-separator = { "、" }
hours-nth-1 = 第一个
hours-nth-2 = 第二个
hours-nth-3 = 第三个
hours-nth-4 = 第四个
hours-nth-5 = 第五个
hours-nth-m1 = 最后一个
hours-nth-m2 = 倒数第二个
hours-nth-m3 = 倒数第三个
hours-nth-m4 = 倒数第四个
hours-nth-m5 = 倒数第五个
category-legal-permits = 居留许可和法律事务
category-health = 医疗健康
category-housing = 住房
category-work-training = 就业与培训
category-italian-language = 意大利语课程
category-school = 学校
category-social-services = 社会服务
category-mediation = 跨文化调解
category-anti-violence = 反暴力援助
category-asylum = 庇护与保护
category-family = 家庭

## Guides and glossary
guides-title = 办事指南
guides-lead = 最常见的手续，一步一步讲清楚：适合谁、怎么办、要带什么、要花多少钱、去哪里办。
guides-categories = 主题
guides-glossary-link = 这些手续中用到的词语，可以在词汇表中查看解释
guides-back = 全部指南
guide-not-translated = 本页还没有完全翻译成你的语言：部分内容仍是 { $language }。
guide-machine-translated = 本页由机器自动翻译，还没有经过人工审核。
guide-category-permits = 居留许可（permesso di soggiorno）
guide-category-residency = 居住登记与户籍处（Anagrafe）
guide-category-health = 医疗健康
guide-category-tax = 税号（codice fiscale）与税务
guide-category-family = 家庭
guide-category-education = 学校、学习与意大利语
guide-category-work = 工作
guide-category-citizenship = 国籍
guide-category-protection = 国际保护
guide-category-mobility = 驾照（patente）与交通
guide-contents = 本页内容
guide-section-audience = 适用人群
guide-section-steps = 办理步骤
guide-section-documents = 所需材料
guide-section-outcome = 办理结果
guide-section-timing = 时间与期限
guide-section-costs = 费用
guide-section-legal = 法律依据
guide-section-contacts = 联系方式
guide-permit-types = 适用于以下情况的人：
guide-permit-any = 任何居留许可
guide-permit-work = 工作居留许可
guide-permit-family = 家庭原因居留许可
guide-permit-study = 学习居留许可
guide-permit-long_term_eu = 欧盟长期居留许可（permesso UE di lungo periodo）
guide-permit-asylum = 庇护（难民身份）
guide-permit-subsidiary_protection = 辅助保护（protezione sussidiaria）
guide-permit-special_protection = 特别保护（protezione speciale）
guide-permit-waiting_employment = 求职居留许可（attesa occupazione）
guide-permit-none = （暂时）没有居留许可
guide-where-to-go = 去哪里办：
guide-official-pages = 官方网页：
guide-reviewed = 内容核实日期：{ $date }；下次核实不晚于 { $next }。
glossary-title = 词汇表
glossary-lead = 移民和公共服务方面的常用词语，用简单的话解释，按字母顺序排列。
glossary-back = 完整词汇表
glossary-in-italian = 意大利语：
glossary-aliases = 又称：
glossary-source = 来源：
glossary-related = 另见
glossary-guides = 提到这个词的指南
guide-print = 打印版
guide-print-title = 打印版指南：您的语言和意大利语对照
guide-print-qr = 扫描二维码，在手机上打开本指南：
guide-pdf = 下载 PDF（双语）

## Search (issue 6)
search-title = 搜索
search-label = 搜索指南、服务和词语
search-placeholder = 例如：续签居留许可
search-button = 搜索
search-results = { $count ->
   *[other] 找到 { $count } 条与“{ $query }”相关的结果
}
search-kind-all = 全部
search-kind-guide = 指南
search-kind-service = 服务
search-kind-concept = 词汇表
search-did-you-mean = 您是不是要找：
search-none = 没有找到与“{ $query }”相关的结果。
search-none-help = 请换用其他词语或减少词语，检查拼写，或者从指南和词汇表开始浏览。
search-suggested = 很多人查找的指南
search-glossary = 浏览移民相关词汇表
search-near = 附近（市镇）
search-near-unknown = 我们找不到名为“{ $place }”的市镇，因此结果没有按距离排序。
search-km = { $km } 公里
search-in-language = 语言：{ $language }
search-filter = 显示

## Documents for the person: consent form and the copy of their data
consent-title = 同意提供个人数据
consent-intro = 本人 { $name } 同意 { $agency } 将我的个人数据提供给 { $recipient }，用于以下目的：{ $purpose }。
consent-any = 任何此类机构：{ $kind }
consent-special = 本同意也包括敏感数据（健康状况、弱势处境）。
consent-period = 本同意的有效期为 { $from } 至 { $until }。
consent-period-open = 本同意自 { $from } 起生效，直到我撤回为止。
consent-withdraw = 我可以随时联系 { $agency } 撤回同意，这不会影响我获得的服务。撤回只对今后有效。
consent-rights = 我有权查看我的数据，要求更正或删除这些数据，并了解谁查看过、谁收到过这些数据。
consent-place-date = 地点和日期
consent-signature = 本人签名
consent-operator = 工作人员签名
consent-mediator = 跨文化调解员签名（如有）
consent-purpose-employment = 工作和培训
consent-purpose-health = 健康
consent-purpose-housing = 住房
consent-purpose-legal = 法律援助和手续办理
consent-purpose-education = 学校和意大利语
consent-purpose-social = 社会支持和收入
consent-kind-comune = 市镇政府
consent-kind-ente_gestore = 当地社会服务机构
consent-kind-asl = 地方卫生局（ASL）
consent-kind-cpi = 就业中心
consent-kind-cpia = 成人教育中心（CPIA）
consent-kind-prefettura = 省政府
consent-kind-questura = 警察局（Questura）
consent-kind-school = 学校
consent-kind-third_sector = 协会或合作社
consent-kind-region = 大区政府
consent-kind-research_institute = 大学或研究机构
dsr-title = 您的个人数据
dsr-intro = 这是 { $agency } 保存的有关您的全部数据的副本，并列出了谁查看过、谁收到过这些数据。日期：{ $date }。
dsr-identity = 您的身份信息
dsr-visits = 您到服务窗口的来访记录
dsr-cases = 您的支持计划
dsr-bases = 您的同意以及提供您数据的其他法律依据
dsr-recipients = 谁收到过您的数据
dsr-access = 谁查看或修改过您的数据
dsr-none = 无。
dsr-rights = 您可以到服务窗口要求更正或删除您的数据。

## The newcomer's app: saved pages, offline, share and act
saved-link = 您保存的页面
saved-title = 已保存在手机上
saved-intro = 您保存的指南和服务会留在这部手机上，没有网络也能阅读。任何人都看不到这个列表，我们也看不到。
saved-empty = 您还没有保存任何内容。请打开一个指南或服务，然后点击“保存以便离线阅读”。
saved-noscript = 要把页面保存到手机上，需要在浏览器中开启 JavaScript。
saved-kind-guide = 指南
saved-kind-service = 服务
save-offline = 保存以便离线阅读
save-offline-done = 已保存：没有网络也能阅读
save-offline-remove = 从已保存中移除
offline-title = 您已离线
offline-text = 这个页面没有保存在手机上，现在也没有网络。您可以阅读已保存的页面。
share-title = 分享这个页面
share-whatsapp = 通过 WhatsApp 发送
share-sms = 通过 SMS 发送
share-native = 分享…
share-copy = 复制链接
share-copied = 链接已复制
share-address = 页面地址
share-qr = 显示 QR 码
share-qr-caption = 请用另一部手机扫描这个码，即可打开这个页面。
act-call = 打电话
act-whatsapp = 在 WhatsApp 上发消息
act-directions = 路线导航
act-map = 打开地图
listen = 朗读
listen-stop = 停止朗读

## Was this useful? Report wrong information
feedback-back = 返回页面
feedback-title = 这个页面对您有帮助吗？
feedback-yes = 有帮助
feedback-no = 没有帮助
feedback-report = 报告错误信息
feedback-report-label = 哪里有错误，或者缺少什么？
feedback-report-hint = 报告是匿名的：请不要填写个人信息（姓名、证件、电话）。
feedback-send = 发送报告
feedback-thanks = 谢谢！编辑部会阅读您的回复。
feedback-empty = 请写下哪里有错误，或者缺少什么。
feedback-too-long = 报告太长了：最多 { $max } 个字符。

## A guide's "in brief" box
guide-brief-title = 简要信息
guide-brief-who = 适用人群
guide-brief-bring = 需要携带
guide-brief-cost = 费用
guide-brief-time = 所需时间
guide-brief-where = 办理地点

## Your city: the portal by municipality
city-title = 您的城市
city-lead = 请选择您居住的市镇（comune）：您可以查看面向外国人的服务窗口、离您最近的服务和指南。您的选择只保存在这部手机上。
city-choose-label = 您的市镇
city-choose-button = 前往
city-locate = 使用我的位置
city-list-title = 网络内有服务的市镇
city-unknown = 找不到市镇“{ $place }”。请检查拼写，或从列表中选择。
city-change = 更换市镇
city-remembered = 这个市镇只记录在这部手机上。
city-desks = 居留许可和法律事务服务窗口
city-no-desk = 这个市镇没有服务窗口：请查看离您最近的服务。
city-nearby = 附近的服务
city-all-services = 地图上的全部附近服务
city-guides = 办事指南
city-yours = 您的城市：
city-choose-link = 选择您的城市

# Certificate verification (public)
verify-title = 验证证书
verify-lead = 输入培训证书上印的代码，查看证书是否有效、属于谁、是哪门课程。
verify-code-label = 证书代码
verify-code-hint = 十个字母和数字，例如 ABCDE-12345。大小写和连字符不影响。
verify-submit = 验证
verify-malformed = 这不是证书代码：请检查是否完整输入。
verify-unknown = 没有代码为 { $code } 的证书。
verify-valid = 证书有效。
verify-revoked = 证书已于 { $date } 撤销。
verify-holder = 持有人
verify-course = 课程
verify-hours = 学时
verify-dates = 日期
verify-issuer = 颁发机构
verify-issued = 颁发日期
verify-code = 代码

## Needs survey by public link (partner bodies without an account)
survey-public-lead = 这些回答将用于规划各服务机构工作人员的培训。我们不会询问您的姓名：只保存机构类型、职业和省份。
survey-about-you = 答卷人信息
survey-agency-kind = 机构类型
survey-profession = 职业
survey-province = 省份
survey-province-hint = 填写省份缩写，例如 TO。
survey-choose = 请选择
survey-required = 必答
survey-scale-hint = 从 1（完全没有）到 5（非常多）。
survey-rank-hint = 请为每一项排一个名次，从 1（最重要）到 { $count }，每个名次只能用一次。
survey-place = “{ $choice }”的名次
survey-submit = 提交回答
survey-thanks-title = 谢谢
survey-thanks = 您的回答已记录。您可以关闭此页面。
survey-closed = 本问卷目前不接受回答。
survey-error-summary = 有些回答需要更正：{ $count }。
survey-error-missing = 请回答这个问题。
survey-error-unknown = 请从给出的选项中选择一项。
survey-error-scale = 请选择 1 到 5 之间的数值。
survey-error-ranking = 请为每一项排一个不同的名次，从 1 到 { $count }。
survey-error-too-long = 回答太长了：最多 { $max } 个字符。
survey-error-agency-kind = 请选择机构类型。
survey-error-profession = 请选择职业。
survey-error-province = 请填写意大利某个省份的缩写，例如 TO。
survey-profession-front_office = 窗口工作人员
survey-profession-social_worker = 社会工作者
survey-profession-legal_operator = 法律顾问
survey-profession-health_operator = 医护人员
survey-profession-mediator = 跨文化调解员
survey-profession-coordinator = 协调员
survey-profession-trainer = 培训师
survey-profession-editor = 编辑
survey-profession-translator = 翻译
survey-profession-analyst = 分析师
survey-profession-administrator = 管理员
survey-profession-other = 其他职业
