using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.TechContracts.Domain;

namespace Kechuang.Web.Demo;

/// <summary>
/// Demo technology contracts: about 60 registered over this year's months so far and last year, sold by firms in every
/// district, a few changed or cancelled, and a handful waiting for a decision (one due within three working days, so the
/// reminder has something to say). Its own seeded <see cref="Random"/>: the other demo figures draw exactly as before.
/// </summary>
internal static class DemoTechContracts
{
    private static readonly (string Project, TechContractKind Kind, IpType Ip)[] Topics =
    [
        ("煤化工高盐废水分盐结晶工艺开发", TechContractKind.CommissionedDevelopment, IpType.InventionPatent),
        ("光伏组件智能清扫机器人联合研发", TechContractKind.CooperativeDevelopment, IpType.UtilityModel),
        ("高纯石墨负极材料制备专利转让", TechContractKind.PatentTransfer, IpType.InventionPatent),
        ("枸杞多糖提取工艺技术秘密转让", TechContractKind.KnowHowTransfer, IpType.KnowHow),
        ("葡萄酒酿造微氧控制专利实施许可", TechContractKind.PatentLicence, IpType.InventionPatent),
        ("铝镁合金压铸件轻量化技术咨询", TechContractKind.Consulting, IpType.None),
        ("工业互联网平台运维技术服务", TechContractKind.Service, IpType.Software),
        ("设施农业水肥一体化技术培训", TechContractKind.Training, IpType.None),
        ("储能电池热管理系统委托开发", TechContractKind.CommissionedDevelopment, IpType.InventionPatent),
        ("中药配方颗粒质量追溯系统开发", TechContractKind.CommissionedDevelopment, IpType.Software),
        ("单晶硅切片金刚线损耗控制技术许可", TechContractKind.KnowHowLicence, IpType.KnowHow),
        ("氢能储运安全监测技术服务", TechContractKind.Service, IpType.None),
        ("科技成果转化技术中介服务", TechContractKind.Intermediary, IpType.None),
        ("奶牛养殖粪污资源化专利申请权转让", TechContractKind.PatentApplicationTransfer, IpType.InventionPatent),
    ];

    private static readonly (string Name, string? District, string Country, LegalEntityType Type)[] Buyers =
    [
        ("宁夏宝丰能源集团股份有限公司", "640181", "中国", LegalEntityType.Enterprise),
        ("宁夏大学", "640104", "中国", LegalEntityType.PublicInstitution),
        ("北京清洁能源技术有限公司", "110108", "中国", LegalEntityType.Enterprise),
        ("西安新材料研究院有限公司", "610113", "中国", LegalEntityType.Enterprise),
        ("兰州化工设计研究院", "620102", "中国", LegalEntityType.PublicInstitution),
        ("上海智能装备有限公司", "310115", "中国", LegalEntityType.Enterprise),
        ("吴忠市农业技术推广中心", "640302", "中国", LegalEntityType.PublicInstitution),
        ("Almaty Agro Technologies LLP", null, "哈萨克斯坦", LegalEntityType.Enterprise),
    ];

    public static void Seed(AppDbContext db, List<Enterprise> enterprises, DateOnly today, DateTimeOffset now)
    {
        var random = new Random(5301); // own sequence: no draws taken from the city's generator
        var options = new TechContractOptions();
        var calendar = options.Calendar();
        var sellers = enterprises.Where(e => e.HighTechField is not null).ToList();
        var registered = new List<TechContract>();
        var n = 0;

        TechContract New(DateOnly signedOn)
        {
            var seller = sellers[random.Next(sellers.Count)];
            var topic = Topics[random.Next(Topics.Length)];
            var buyer = Buyers[random.Next(Buyers.Length)];
            // 成交额 mostly tens to a few hundred 万元, now and then a large one; 技术交易额 70–100% of it.
            var total = Math.Round(random.Next(100) < 8 ? 500 + (decimal)(random.NextDouble() * 1500) : 5 + (decimal)(random.NextDouble() * 300), 2);
            var technology = Math.Round(total * (0.7m + (decimal)(random.NextDouble() * 0.3)), 2);
            n++;
            var contract = new TechContract
            {
                SellerEnterpriseId = seller.Id,
                ContractNumber = $"NX-JS-{signedOn.Year}-{n:0000}",
                ProjectName = topic.Project,
                Kind = topic.Kind,
                SignedOn = signedOn,
                ValidFrom = signedOn,
                ValidTo = signedOn.AddMonths(6 + random.Next(30)),
                Field = HighTechFields.DisplayName(seller.HighTechField!.Value),
                IpType = topic.Ip,
                TotalAmount = total,
                TechnologyAmount = technology,
                SellerName = seller.Name,
                SellerCountry = ContractRules.China,
                SellerDistrictCode = seller.DistrictCode,
                SellerEntityType = LegalEntityType.Enterprise,
                BuyerName = buyer.Name,
                BuyerCountry = buyer.Country,
                BuyerDistrictCode = buyer.District,
                BuyerEntityType = buyer.Type,
                CreatedAt = now,
                CreatedBy = seller.ContactPerson ?? "企业联系人",
            };
            contract.RefreshKeys();
            return contract;
        }

        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            var lastMonth = year == today.Year ? today.Month : 12;
            var contracts = new List<(TechContract Contract, DateOnly RegisteredOn)>();
            for (var month = 1; month <= lastMonth; month++)
            {
                for (var i = 0; i < 2 + random.Next(4); i++)
                {
                    var submitted = new DateOnly(year, month, 1 + random.Next(year == today.Year && month == today.Month ? Math.Max(1, today.Day - 10) : 25));
                    var contract = New(submitted.AddDays(-random.Next(5, 40)));
                    var at = new DateTimeOffset(submitted.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).ToUniversalTime(); // PostgreSQL keeps UTC only
                    contract.Submit(at, submitted, options);
                    var registeredOn = calendar.AddWorkingDays(submitted, 1 + random.Next(contract.ExpertReview ? 20 : 10));
                    if (registeredOn > today || registeredOn.Year != year)
                    {
                        continue;
                    }

                    contracts.Add((contract, registeredOn));
                }
            }

            var sequence = 0;
            foreach (var (contract, registeredOn) in contracts.OrderBy(c => c.RegisteredOn))
            {
                contract.Register(year, ++sequence, registeredOn, "王科员", new DateTimeOffset(registeredOn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.FromHours(8)).ToUniversalTime());
                registered.Add(contract);
            }
        }

        db.TechContracts.AddRange(registered);

        // A changed and a cancelled contract, with their records.
        var changed = registered[^5];
        db.TechContractChanges.Add(new TechContractChange
        {
            ContractId = changed.Id,
            Kind = ContractChangeKind.Change,
            Reason = "双方签订补充协议，调减设备采购部分",
            Summary = $"成交额 {changed.TotalAmount:0.##} → {changed.TotalAmount - 10:0.##} 万元",
            TotalBefore = changed.TotalAmount,
            TechnologyBefore = changed.TechnologyAmount,
            TotalAfter = changed.TotalAmount - 10,
            TechnologyAfter = changed.TechnologyAmount,
            EffectiveOn = today,
            RecordedAt = now,
            RecordedBy = "王科员",
        });
        changed.TotalAmount -= 10;
        changed.TechnologyAmount = Math.Min(changed.TechnologyAmount, changed.TotalAmount);
        changed.RefreshKeys();
        var cancelled = registered[^9];
        db.TechContractChanges.Add(new TechContractChange
        {
            ContractId = cancelled.Id,
            Kind = ContractChangeKind.Cancellation,
            Reason = "合同经双方协商解除",
            Summary = $"注销登记编号 {cancelled.RegistrationNumber}，不再计入统计",
            TotalBefore = cancelled.TotalAmount,
            TechnologyBefore = cancelled.TechnologyAmount,
            EffectiveOn = today,
            RecordedAt = now,
            RecordedBy = "王科员",
        });
        cancelled.Cancel(today);

        // Waiting for a decision: one submitted long enough ago to be due within three working days.
        var submittedDays = new[] { 13, 5, 2, 0 };
        foreach (var back in submittedDays)
        {
            var day = today;
            for (var left = back; left > 0; day = day.AddDays(-1))
            {
                if (calendar.IsWorkingDay(day.AddDays(-1)))
                {
                    left--;
                }
            }

            var pending = New(day.AddDays(-random.Next(3, 20)));
            pending.Submit(now.AddDays(day.DayNumber - today.DayNumber), day, options);
            db.TechContracts.Add(pending);
        }
    }
}
