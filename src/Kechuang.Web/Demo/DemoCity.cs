using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Organisation.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Demo;

/// <summary>
/// The demo city: Yinchuan's six districts, the bureau's departments, 30 grids, about 800 enterprises with
/// three years of figures spread across the ladder (≈111 高企 and ≈433 科技型中小企业 as in the 2020 report),
/// and one demo account per role. Deterministic: the same seed gives the same city.
/// </summary>
public sealed class DemoCity(AppDbContext db, IPasswordHasher<AppUser> hasher, TimeProvider clock)
{
    public const string Password = "Kechuang@2026";
    public const int EnterpriseCount = 800;

    public static readonly (string Code, string Name)[] Districts =
    [
        ("640104", "兴庆区"), ("640105", "西夏区"), ("640106", "金凤区"), ("640121", "永宁县"), ("640122", "贺兰县"), ("640181", "灵武市"),
    ];

    private static readonly string[] DepartmentNames = ["办公室", "高新技术科", "成果转化与区域创新科", "科技金融科", "政策法规与计划科", "农村与社会发展科"];
    private static readonly string[] GridNumbers = ["一", "二", "三", "四", "五"];
    private static readonly string[] Brands =
    [
        "塞上", "凤城", "贺兰山", "宁杞", "西部", "金石", "华瑞", "沙湖", "黄河", "六盘", "博远", "天诚", "中科", "宁鑫", "恒通", "瑞丰",
        "鼎盛", "华泰", "嘉禾", "晟达", "昊天", "众合", "新元", "正道", "康泰", "锦程", "力拓", "明德", "启航", "星火", "银湖", "朔方",
    ];

    private static readonly (string Words, string Industry, HighTechField? Field)[] Trades =
    [
        ("新材料科技", "C", HighTechField.NewMaterials), ("石墨烯材料", "C", HighTechField.NewMaterials), ("生物科技", "C", HighTechField.BiomedicineAndNewMedicine),
        ("枸杞生物工程", "C", HighTechField.BiomedicineAndNewMedicine), ("药业", "C", HighTechField.BiomedicineAndNewMedicine),
        ("电子信息", "I", HighTechField.ElectronicInformation), ("软件技术", "I", HighTechField.ElectronicInformation), ("数据科技", "I", HighTechField.ElectronicInformation),
        ("智能装备", "C", HighTechField.AdvancedManufacturing), ("机械制造", "C", HighTechField.AdvancedManufacturing), ("自动化技术", "C", HighTechField.AdvancedManufacturing),
        ("新能源", "D", HighTechField.NewEnergyAndEnergySaving), ("光伏科技", "C", HighTechField.NewEnergyAndEnergySaving), ("节能技术", "M", HighTechField.NewEnergyAndEnergySaving),
        ("环保科技", "N", HighTechField.ResourcesAndEnvironment), ("检测技术", "M", HighTechField.HighTechServices), ("技术服务", "M", HighTechField.HighTechServices),
        ("农业科技", "A", null), ("商贸", "F", null), ("建设工程", "E", null), ("物流", "G", null), ("食品", "C", null),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "马", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建华", "志刚", "海燕", "文博"];

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(2026);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        db.Districts.Add(new District { Code = "640100", Name = "银川市", ParentCode = null });
        db.Districts.AddRange(Districts.Select(d => new District { Code = d.Code, Name = d.Name, ParentCode = "640100" }));

        var departments = DepartmentNames.Select((name, i) => new Department { Name = name, SortOrder = i }).ToList();
        db.Departments.AddRange(departments);

        var units = new[]
        {
            ("宁夏大学", UnitKind.University), ("北方民族大学", UnitKind.University), ("宁夏科技发展战略和信息研究所", UnitKind.ResearchInstitute),
            ("银川科技创新服务中心", UnitKind.ServiceBody), ("宁夏科技大市场", UnitKind.ServiceBody), ("宁夏银行科技支行", UnitKind.FinancialInstitution),
            ("银川市科技融资担保有限公司", UnitKind.FinancialInstitution),
        }.Select(u => new Unit { Name = u.Item1, Kind = u.Item2, DistrictCode = "640106" }).ToList();
        db.Units.AddRange(units);

        var grids = Districts.SelectMany(d => GridNumbers.Select((n, i) => new Grid
        {
            Code = $"{d.Code}-{i + 1:00}",
            Name = $"{d.Name}第{n}网格",
            DistrictCode = d.Code,
        })).ToList();
        db.Grids.AddRange(grids);

        var enterprises = MakeEnterprises(random, grids, today, now);
        db.Enterprises.AddRange(enterprises);
        await DemoPolicies.SeedAsync(db, enterprises, today, now, ct);
        DemoExperts.Seed(db);
        DemoSubsidies.Seed(db, enterprises, today, now);
        DemoProgrammes.Seed(db, enterprises, today, now);
        DemoVouchers.Seed(db, units, today);
        DemoTechContracts.Seed(db, enterprises, today, now);

        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var hash = hasher.HashPassword(new AppUser(), Password); // one hash for every demo account: same password
        AppUser User(string userName, string displayName, string role, Action<AppUser>? extra = null)
        {
            var user = new AppUser
            {
                Id = Guid.NewGuid(),
                UserName = userName,
                NormalizedUserName = userName.ToUpperInvariant(),
                DisplayName = displayName,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                CreatedAt = now,
            };
            extra?.Invoke(user);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role] });
            return user;
        }

        User("admin", "系统管理员", Roles.Admin);
        User("staff", "王科员", Roles.Staff, u => u.DepartmentId = departments[1].Id);
        User("staff2", "李科员", Roles.Staff, u => u.DepartmentId = departments[3].Id);
        var officers = new List<(Guid GridId, Guid UserId, string Name)>();
        for (var i = 0; i < grids.Count; i++)
        {
            var officer = User($"grid{i + 1:00}", $"{Surnames[i % Surnames.Length]}{GivenNames[(i * 7) % GivenNames.Length]}（{grids[i].Name}）", Roles.GridOfficer);
            db.GridOfficers.Add(new GridOfficer { GridId = grids[i].Id, UserId = officer.Id, AssignedAt = now });
            officers.Add((grids[i].Id, officer.Id, officer.DisplayName));
        }

        DemoGridService.Seed(db, enterprises, officers, departments, today, now);

        // qiye: a 高企 in grid01's grid, so the firm and its officer see the same record; qiye2: a firm in another district.
        var firstHighTech = enterprises.First(e => e.GridId == grids[0].Id && e.Qualifications.Any(q => q.Type == QualificationType.HighTech));
        var otherFirm = enterprises.First(e => e.DistrictCode == "640181");
        User("qiye", firstHighTech.ContactPerson ?? "企业联系人", Roles.Enterprise, u => u.EnterpriseId = firstHighTech.Id);
        User("qiye2", otherFirm.ContactPerson ?? "企业联系人", Roles.Enterprise, u => u.EnterpriseId = otherFirm.Id);
        var expert = User("expert", "赵教授", Roles.Expert, u => u.UnitId = units[0].Id);
        DemoProgrammes.LinkExpert(db, expert.Id);
        var service = User("service", "银川科技创新服务中心", Roles.ServiceBody, u => u.UnitId = units[3].Id);
        DemoMarket.Seed(db, enterprises, now, service.Id);
        User("bank", "宁夏银行科技支行", Roles.Financier, u => u.UnitId = units[5].Id);
        DemoEvents.Seed(db, enterprises, units, expert.Id, firstHighTech, now);

        await db.SaveChangesAsync(ct);
    }

    private static List<Enterprise> MakeEnterprises(Random random, List<Grid> grids, DateOnly today, DateTimeOffset now)
    {
        var names = new HashSet<string>();
        var list = new List<Enterprise>(EnterpriseCount);
        var lastYear = today.Year - 1;
        for (var i = 0; i < EnterpriseCount; i++)
        {
            var grid = grids[i % grids.Count];
            var trade = Trades[random.Next(Trades.Length)];
            string name;
            do
            {
                var brand = Brands[random.Next(Brands.Length)] + (random.Next(3) == 0 ? Brands[random.Next(Brands.Length)] : "");
                name = $"宁夏{brand}{trade.Words}有限公司";
            }
            while (!names.Add(name));

            // The ladder: roughly 14% 高企 (18% of draws, some trades have no field) (111 of 800), 54% 科技型中小 (433), 5% 小巨人, 20% 小微; the rest not yet on it.
            var roll = random.NextDouble();
            var highTech = roll < 0.18 && trade.Field is not null;
            var giant = !highTech && roll < 0.23 && trade.Field is not null;
            var techSme = highTech || giant || roll < 0.54;
            var micro = !techSme && roll < 0.80;

            var employees = highTech ? random.Next(60, 600) : techSme ? random.Next(15, 300) : random.Next(5, 80);
            var revenue = Math.Round((decimal)(highTech ? 3000 + random.NextDouble() * 40000 : techSme ? 500 + random.NextDouble() * 9000 : 100 + random.NextDouble() * 2000), 2);
            var rdRatio = highTech ? 0.035 + random.NextDouble() * 0.06 : techSme ? 0.02 + random.NextDouble() * 0.05 : random.NextDouble() * 0.03;
            var stRatio = highTech ? 0.12 + random.NextDouble() * 0.3 : techSme ? 0.08 + random.NextDouble() * 0.3 : random.NextDouble() * 0.15;
            var growth = 0.95 + random.NextDouble() * 0.35;

            var e = new Enterprise
            {
                Name = name,
                CreditCode = MakeCreditCode(random, grid.DistrictCode),
                DistrictCode = grid.DistrictCode,
                GridId = grid.Id,
                IndustryCode = trade.Industry,
                HighTechField = trade.Field,
                EstablishedOn = new DateOnly(1998 + random.Next(0, 24), random.Next(1, 13), random.Next(1, 29)),
                RegisteredCapital = random.Next(1, 100) * 50m,
                LegalRepresentative = Person(random),
                ContactPerson = Person(random),
                ContactPhone = $"0951-{random.Next(5000000, 8999999)}",
                Address = $"{Districts.First(d => d.Code == grid.DistrictCode).Name}{Brands[random.Next(Brands.Length)]}路 {random.Next(1, 400)} 号",
                MainBusiness = $"{trade.Words}相关产品的研发、生产与技术服务",
                CreatedAt = now,
            };

            for (var year = lastYear - 2; year <= lastYear; year++)
            {
                var scale = (decimal)Math.Pow(growth, year - (lastYear - 2));
                var rev = Math.Round(revenue * scale, 2);
                var rd = Math.Round(rev * (decimal)(rdRatio * (0.9 + random.NextDouble() * 0.2)), 2);
                var staff = Math.Max(3, (int)(employees * (double)scale));
                var highTechRevenue = Math.Round(rev * (decimal)(highTech ? 0.62 + random.NextDouble() * 0.35 : random.NextDouble() * 0.7), 2);
                e.AnnualReports.Add(new AnnualReport
                {
                    EnterpriseId = e.Id,
                    Year = year,
                    Revenue = rev,
                    HighTechRevenue = highTechRevenue,
                    // Derived without a further random draw, so every other demo figure stays as it was.
                    TechRevenue = Math.Round(highTechRevenue * 0.8m, 2),
                    RdExpense = rd,
                    RdExpenseDomestic = Math.Round(rd * (decimal)(0.85 + random.NextDouble() * 0.15), 2),
                    TotalCost = Math.Round(rev * (decimal)(0.7 + random.NextDouble() * 0.25), 2),
                    TotalAssets = Math.Round(rev * (decimal)(0.8 + random.NextDouble() * 1.2), 2),
                    NetAssets = Math.Round(rev * (decimal)(0.3 + random.NextDouble() * 0.5), 2),
                    NetProfit = Math.Round(rev * (decimal)(-0.03 + random.NextDouble() * 0.15), 2),
                    TaxPaid = Math.Round(rev * (decimal)(0.02 + random.NextDouble() * 0.05), 2),
                    Employees = staff,
                    StStaff = Math.Min(staff, (int)Math.Round(staff * stRatio)),
                    IpClass1 = highTech ? random.Next(1, 8) : random.Next(0, 2),
                    IpClass2 = random.Next(0, highTech ? 25 : 8),
                    ConvertedResults = highTech ? random.Next(1, 7) : random.Next(0, 3),
                });
            }

            var seq = i + 1;
            if (highTech)
            {
                var issued = new DateOnly(today.Year - random.Next(0, 3), random.Next(9, 13), random.Next(1, 28));
                if (issued > today)
                {
                    issued = issued.AddYears(-1);
                }

                e.Qualifications.Add(new Qualification
                {
                    EnterpriseId = e.Id,
                    Type = QualificationType.HighTech,
                    Number = $"GR{issued.Year}64{seq:000000}",
                    IssuedOn = issued,
                    ExpiresOn = issued.AddYears(3).AddDays(-1),
                });
            }

            if (techSme)
            {
                foreach (var year in new[] { today.Year - 1, today.Year })
                {
                    e.Qualifications.Add(new Qualification
                    {
                        EnterpriseId = e.Id,
                        Type = QualificationType.TechSme,
                        Year = year,
                        Number = $"{year}{grid.DistrictCode}{(year % 100):00}{seq:000000}",
                    });
                }
            }

            if (giant)
            {
                var issued = new DateOnly(today.Year - random.Next(0, 3), 6, 30);
                e.Qualifications.Add(new Qualification
                {
                    EnterpriseId = e.Id,
                    Type = QualificationType.LittleGiant,
                    Number = $"宁科小巨人〔{issued.Year}〕{seq:000}号",
                    IssuedOn = issued,
                    ExpiresOn = issued.AddYears(3),
                });
            }

            if (micro)
            {
                var issued = new DateOnly(today.Year - random.Next(0, 2), 4, 15);
                e.Qualifications.Add(new Qualification
                {
                    EnterpriseId = e.Id,
                    Type = QualificationType.MicroTech,
                    Number = $"银科小微〔{issued.Year}〕{seq:000}号",
                    IssuedOn = issued,
                    ExpiresOn = issued.AddYears(2),
                });
            }

            list.Add(e);
        }

        return list;
    }

    private static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    /// <summary>A valid-looking code: 9 (工商) 1 (企业) + district + 9-character organisation code + check character.</summary>
    public static string MakeCreditCode(Random random, string districtCode)
    {
        const string body = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var chars = new char[17];
        "91".CopyTo(0, chars, 0, 2);
        districtCode.CopyTo(0, chars, 2, 6);
        for (var i = 8; i < 17; i++)
        {
            chars[i] = body[random.Next(i < 10 ? 10 : body.Length)];
        }

        return new string(chars) + CreditCode.CheckCharacter(chars);
    }
}
