using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Market.Domain;

namespace Kechuang.Web.Demo;

/// <summary>
/// The technology market of the demo city: published demands of firms (by their field), achievements of Ningxia's
/// universities and institutes, and the service centre's offers. Its own fixed choices, no shared random draws, so the
/// rest of the demo city is unchanged.
/// </summary>
public static class DemoMarket
{
    private sealed record Topic(string Field, string Title, string Text, string Keywords);

    private static readonly Topic[] DemandTopics =
    [
        new("新材料", "石墨烯导热膜量产工艺优化", "我公司已建成石墨烯导热膜中试线，现需解决大面积涂布均匀性差、热压后膜层起泡的问题，希望与高校合作优化浆料配方和热处理工艺，提高导热系数至1500W/m·K以上。", "石墨烯；导热膜；涂布；热处理"),
        new("新材料", "高纯石墨电极抗氧化涂层", "电弧炉用石墨电极在高温下氧化损耗大，寻求抗氧化涂层技术，要求涂层在1200℃下保持完整，单耗降低10%以上。", "石墨电极；抗氧化；涂层"),
        new("新材料", "煤基碳纤维原丝制备技术", "依托宁东煤化工副产沥青，寻求中间相沥青基碳纤维原丝纺丝技术，目标拉伸强度2.5GPa。", "碳纤维；沥青；纺丝"),
        new("新材料", "铝合金压铸件气孔缺陷控制", "新能源汽车壳体铝合金压铸件气孔率偏高，需真空压铸工艺及模具排气设计方案。", "铝合金；压铸；气孔"),
        new("生物与新医药", "枸杞多糖高效提取与纯化", "现有热水浸提工艺得率低、能耗高，寻求超声或酶法辅助提取及膜分离纯化技术，枸杞多糖得率提高30%。", "枸杞多糖；提取；膜分离"),
        new("生物与新医药", "滩羊肉保鲜与冷链品质检测", "需要滩羊肉冷鲜保鲜技术和快速无损品质检测方法，延长货架期至21天。", "滩羊；保鲜；冷链；无损检测"),
        new("生物与新医药", "中药配方颗粒质量标准研究", "拟申报十余个中药配方颗粒品种，需要特征图谱和含量测定方法学研究服务。", "中药配方颗粒；质量标准；特征图谱"),
        new("生物与新医药", "奶牛乳房炎快速诊断试剂", "规模化牧场需要奶牛乳房炎现场快速诊断试剂盒，检测时间15分钟以内。", "奶牛；乳房炎；快速诊断"),
        new("电子信息", "工业设备故障预测算法", "我公司为化工企业提供设备运维，需基于振动数据的故障预测与健康管理算法，准确率90%以上。", "故障预测；振动；机器学习"),
        new("电子信息", "葡萄酒溯源区块链平台", "贺兰山东麓葡萄酒需要一物一码的溯源平台，结合区块链保证数据不可篡改。", "葡萄酒；溯源；区块链"),
        new("电子信息", "政务数据脱敏与共享", "需要面向政务数据的敏感字段识别与脱敏技术，支持在共享交换中自动执行。", "数据脱敏；数据共享；隐私计算"),
        new("电子信息", "光伏电站无人机巡检图像识别", "需要对无人机拍摄的光伏组件红外图像进行热斑、隐裂自动识别。", "无人机；巡检；图像识别；光伏"),
        new("先进制造与自动化", "煤矿井下巡检机器人", "寻求适用于井下防爆环境的轨道巡检机器人，具备气体检测和图像识别功能。", "巡检机器人；防爆；煤矿"),
        new("先进制造与自动化", "数控机床热误差补偿", "精密加工中心热变形导致精度波动，需要热误差建模与实时补偿技术。", "数控机床；热误差；补偿"),
        new("先进制造与自动化", "枸杞自动采摘装备", "人工采摘成本高，寻求枸杞振动式或气吸式自动采摘装备样机合作开发。", "枸杞；采摘；农机装备"),
        new("先进制造与自动化", "焊接机器人视觉引导", "钢结构焊接需要视觉引导焊缝跟踪系统，适应多品种小批量生产。", "焊接机器人；视觉引导；焊缝跟踪"),
        new("新能源与节能", "光伏组件清洗节水技术", "沙漠光伏电站组件积灰严重，寻求节水型或无水清洗技术及装备。", "光伏；清洗；节水"),
        new("新能源与节能", "绿氢电解槽效率提升", "宁东绿氢项目需提高碱性电解槽电流密度、降低能耗，寻求新型电极材料。", "绿氢；电解槽；电极"),
        new("新能源与节能", "储能电池热管理系统", "储能电站电池簇温差大，需要液冷热管理设计和控制策略。", "储能；电池；热管理"),
        new("资源与环境", "煤化工高盐废水零排放", "需要煤化工高盐废水分盐结晶技术，实现氯化钠、硫酸钠资源化。", "高盐废水；零排放；分盐结晶"),
        new("资源与环境", "盐碱地改良与生态修复", "在银北盐碱地开展改良试验，需要土壤改良剂和耐盐植物配置方案。", "盐碱地；土壤改良；生态修复"),
        new("资源与环境", "粉煤灰综合利用", "电厂粉煤灰堆存量大，寻求制备建材或提取氧化铝的综合利用技术。", "粉煤灰；综合利用；建材"),
        new("高技术服务", "检验检测能力提升咨询", "公司拟申请CMA资质，需检验检测机构能力建设咨询和人员培训。", "检验检测；CMA；咨询"),
        new("高技术服务", "知识产权布局与专利导航", "围绕主营产品开展专利导航，形成高价值专利组合。", "知识产权；专利导航；高价值专利"),
    ];

    private static readonly (string Owner, OwnerKind Kind, string? District)[] Owners =
    [
        ("宁夏大学", OwnerKind.University, "640105"), ("北方民族大学", OwnerKind.University, "640105"), ("宁夏医科大学", OwnerKind.University, "640104"),
        ("宁夏农林科学院", OwnerKind.Institute, "640104"), ("中国科学院宁夏分院（示范）", OwnerKind.Institute, "640106"), ("宁夏理工学院", OwnerKind.University, null),
    ];

    private static readonly Topic[] AchievementTopics =
    [
        new("新材料", "石墨烯改性导热复合膜制备技术", "采用氧化还原法制备高质量石墨烯，通过梯度热压与高温石墨化制得导热膜，面内导热系数达1600W/m·K，已完成中试。", "石墨烯；导热膜；石墨化"),
        new("新材料", "石墨电极高温抗氧化涂层", "硅-硼复合涂层，1300℃氧化失重降低40%，适用于炼钢电弧炉石墨电极。", "石墨电极；抗氧化；涂层"),
        new("新材料", "中间相沥青基碳纤维", "以煤焦油沥青为原料制备中间相沥青，熔融纺丝得到高模量碳纤维。", "碳纤维；中间相沥青；纺丝"),
        new("新材料", "高强韧铝合金真空压铸工艺", "真空压铸结合局部挤压，压铸件气孔率低于0.5%，可热处理强化。", "铝合金；真空压铸；气孔"),
        new("生物与新医药", "枸杞多糖超声酶法协同提取", "超声与复合酶协同提取枸杞多糖，得率提高35%，配套超滤膜分离纯化。", "枸杞多糖；超声提取；酶法；膜分离"),
        new("生物与新医药", "冷鲜肉气调包装保鲜技术", "气调包装结合天然抑菌剂，冷鲜羊肉货架期延长至25天。", "保鲜；气调包装；冷鲜肉"),
        new("生物与新医药", "奶牛乳房炎胶体金快速检测", "胶体金免疫层析试纸，10分钟检测奶牛乳房炎主要病原菌。", "乳房炎；胶体金；快速检测"),
        new("生物与新医药", "中药指纹图谱质量控制方法", "高效液相色谱指纹图谱结合化学计量学，用于中药材及配方颗粒质量评价。", "中药；指纹图谱；质量控制"),
        new("电子信息", "旋转机械故障诊断与寿命预测", "基于深度学习的振动信号分析，轴承故障诊断准确率95%，剩余寿命预测误差小于10%。", "故障诊断；振动；深度学习；寿命预测"),
        new("电子信息", "农产品区块链溯源系统", "联盟链架构的农产品全程溯源系统，已在枸杞、葡萄酒产品上应用。", "区块链；溯源；农产品"),
        new("电子信息", "光伏组件红外图像缺陷识别", "基于卷积神经网络识别光伏组件热斑、隐裂，识别率93%。", "光伏；红外图像；缺陷识别"),
        new("电子信息", "敏感数据自动识别与脱敏工具", "基于规则与模型的敏感数据发现、分级与动态脱敏。", "数据脱敏；数据安全"),
        new("先进制造与自动化", "防爆轨道巡检机器人", "本安型轨道巡检机器人，集成甲烷、一氧化碳检测与红外测温。", "巡检机器人；防爆；煤矿"),
        new("先进制造与自动化", "机床热误差建模与补偿系统", "多传感器温度场测量与神经网络热误差模型，补偿后精度提高60%。", "数控机床；热误差；补偿"),
        new("先进制造与自动化", "枸杞振动采摘机", "仿生振动采摘，采净率85%，伤果率低于5%。", "枸杞；采摘；振动"),
        new("先进制造与自动化", "焊缝视觉跟踪系统", "激光结构光焊缝跟踪，适配主流焊接机器人。", "焊缝跟踪；视觉；焊接机器人"),
        new("新能源与节能", "光伏板无水清洁机器人", "履带式无水清洁机器人，毛刷与气流结合，适用于荒漠电站。", "光伏；清洗；机器人"),
        new("新能源与节能", "碱性电解水制氢镍基电极", "泡沫镍负载催化层，电流密度提升30%，电耗降低。", "电解水；制氢；电极"),
        new("新能源与节能", "储能电池液冷热管理", "液冷板与分区控制策略，电池簇温差控制在3℃以内。", "储能；热管理；液冷"),
        new("资源与环境", "高盐废水分盐结晶工艺", "纳滤分盐与蒸发结晶组合，产出工业级氯化钠和硫酸钠。", "高盐废水；分盐；结晶"),
        new("资源与环境", "盐碱地生物改良技术", "脱硫石膏与有机改良剂配合耐盐植物，三年脱盐率50%。", "盐碱地；改良；耐盐植物"),
        new("资源与环境", "粉煤灰制备地聚物建材", "碱激发粉煤灰地聚物，用于砖、砌块与路基材料。", "粉煤灰；地聚物；建材"),
        new("高技术服务", "专利价值评估模型", "综合法律、技术、市场维度的专利价值评估方法，服务知识产权质押。", "专利；价值评估；知识产权"),
        new("航空航天", "无人机长航时复合材料机翼", "碳纤维复合材料一体成型机翼，减重20%。", "无人机；复合材料；机翼"),
    ];

    private static readonly (ServiceKind Kind, string Field, string Title, string Text, string Keywords)[] Services =
    [
        (ServiceKind.Testing, "新材料", "材料成分与性能检测", "提供金属、无机非金属及复合材料的成分分析、力学性能、热导率测试，CMA资质。", "材料检测；热导率；力学性能"),
        (ServiceKind.Testing, "生物与新医药", "食品与农产品安全检测", "农残、兽残、重金属及微生物检测，出具CMA报告。", "食品检测；农残；微生物"),
        (ServiceKind.Design, "先进制造与自动化", "工业设计与结构仿真", "产品外观设计、有限元结构仿真与样机试制。", "工业设计；仿真；样机"),
        (ServiceKind.Consulting, "高技术服务", "高企认定与知识产权咨询", "高新技术企业认定辅导、专利挖掘与布局、科技项目申报咨询。", "高企认定；专利；咨询"),
        (ServiceKind.Consulting, "电子信息", "数据安全合规咨询", "数据分类分级、数据安全评估与个人信息保护合规咨询。", "数据安全；合规；评估"),
        (ServiceKind.Testing, "新能源与节能", "光伏组件与储能电池检测", "光伏组件EL、IV测试，储能电池安全与循环寿命检测。", "光伏检测；储能电池；EL测试"),
    ];

    public static void Seed(AppDbContext db, IReadOnlyList<Enterprise> enterprises, DateTimeOffset now, Guid serviceUserId)
    {
        // Each demand goes to a firm of the same field, taken in registry order: deterministic, no random draws.
        var used = new HashSet<Guid>();
        for (var i = 0; i < DemandTopics.Length; i++)
        {
            var t = DemandTopics[i];
            var field = HighTechFields.Parse(t.Field);
            var firm = enterprises.FirstOrDefault(e => e.HighTechField == field && !used.Contains(e.Id)) ?? enterprises[i * 7 % enterprises.Count];
            used.Add(firm.Id);
            var demand = new Demand
            {
                EnterpriseId = firm.Id,
                EnterpriseName = firm.Name,
                DistrictCode = firm.DistrictCode,
                GridId = firm.GridId,
                Title = t.Title,
                Description = t.Text,
                Field = t.Field,
                Keywords = t.Keywords,
                BudgetMin = 20 + i % 5 * 20,
                BudgetMax = 60 + i % 5 * 40,
                Deadline = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(3 + i % 6),
                IsPublic = i % 8 != 7,
                PostedBy = firm.ContactPerson ?? "企业联系人",
                CreatedAt = now.AddDays(-40 + i),
            };
            demand.Approve("王科员", now.AddDays(-38 + i));
            db.Demands.Add(demand);
        }

        for (var i = 0; i < AchievementTopics.Length; i++)
        {
            var t = AchievementTopics[i];
            var (owner, kind, district) = Owners[i % Owners.Length];
            db.Achievements.Add(new Achievement
            {
                OwnerName = owner,
                OwnerKind = kind,
                DistrictCode = district,
                Title = t.Title,
                Abstract = t.Text,
                Field = t.Field,
                Keywords = t.Keywords,
                Maturity = (Maturity)(i % 4 + 1),
                PatentNumbers = i % 3 == 0 ? $"ZL2023{10000000 + i * 7919}.{i % 10}" : "",
                TransferMode = (TransferMode)(i % 4 + 1),
                PriceGuidance = i % 2 == 0 ? "面议" : $"{30 + i * 5}–{60 + i * 8} 万元",
                ContactName = "成果转化办公室",
                ContactPhone = $"0951-{2060000 + i * 37}",
                CreatedAt = now.AddDays(-60 + i),
            });
        }

        foreach (var (kind, field, title, text, keywords) in Services)
        {
            db.ServiceOffers.Add(new ServiceOffer
            {
                OwnerUserId = serviceUserId,
                ProviderName = "银川科技创新服务中心",
                Kind = kind,
                DistrictCode = "640106",
                Title = title,
                Description = text,
                Field = field,
                Keywords = keywords,
                PriceGuidance = "按项目报价",
                ContactName = "服务中心",
                ContactPhone = "0951-5012345",
                CreatedAt = now.AddDays(-30),
            });
        }
    }
}
