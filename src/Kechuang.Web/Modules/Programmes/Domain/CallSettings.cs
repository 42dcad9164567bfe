using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Kechuang.Web.Modules.Programmes.Domain;

public enum FieldKind
{
    Text = 1,      // 单行文本
    Paragraph = 2, // 多行文本
    Number = 3,    // 数字
    Date = 4,      // 日期
    Choice = 5,    // 单选
}

/// <summary>One field of the configured application form; <see cref="Key"/> is what answers are stored under.</summary>
/// <remarks>Properties are settable so the call editor can bind to them; the JSON column is what is kept.</remarks>
public sealed record FormField(string Key, string Label, FieldKind Kind, bool Required = true, int MaxLength = 2000, string Options = "")
{
    public string Key { get; set; } = Key;

    public string Label { get; set; } = Label;

    public FieldKind Kind { get; set; } = Kind;

    public bool Required { get; set; } = Required;

    public int MaxLength { get; set; } = MaxLength;

    public string Options { get; set; } = Options;

    public IReadOnlyList<string> OptionList => Options.Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed record FormSection(string Title, List<FormField> Fields)
{
    public string Title { get; set; } = Title;
}

/// <summary>A file the applicant attaches: allowed extensions (e.g. "pdf；docx") and the size limit.</summary>
public sealed record AttachmentRequirement(string Key, string Name, bool Required = true, string Extensions = "pdf", int MaxMegabytes = 10)
{
    public string Key { get; set; } = Key;

    public string Name { get; set; } = Name;

    public bool Required { get; set; } = Required;

    public string Extensions { get; set; } = Extensions;

    public int MaxMegabytes { get; set; } = MaxMegabytes;

    public IReadOnlyList<string> ExtensionList =>
        Extensions.Split(['；', ';', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => "." + e.TrimStart('.').ToLowerInvariant()).ToList();
}

/// <summary>A scoring criterion: experts give 0..<see cref="MaxScore"/>; weights (percent) add up to 100.</summary>
public sealed record Criterion(string Name, decimal Weight, decimal MaxScore = 100, string Description = "")
{
    public string Name { get; set; } = Name;

    public decimal Weight { get; set; } = Weight;

    public decimal MaxScore { get; set; } = MaxScore;

    public string Description { get; set; } = Description;
}

/// <summary>The configured parts of a call, read from and written to its JSON columns.</summary>
public sealed record CallSettings(IReadOnlyList<FormSection> Form, IReadOnlyList<AttachmentRequirement> Attachments, IReadOnlyList<Criterion> Criteria)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public IEnumerable<FormField> Fields => Form.SelectMany(s => s.Fields);

    public static CallSettings Read(string form, string attachments, string criteria) => new(
        JsonSerializer.Deserialize<List<FormSection>>(form, Json) ?? [],
        JsonSerializer.Deserialize<List<AttachmentRequirement>>(attachments, Json) ?? [],
        JsonSerializer.Deserialize<List<Criterion>>(criteria, Json) ?? []);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    /// <summary>What keeps the call from being published, in Chinese; empty when it may be.</summary>
    public List<string> Problems(Call call)
    {
        var problems = new List<string>();
        if (!Fields.Any())
        {
            problems.Add("申报书至少需要一个填写项");
        }

        foreach (var key in Fields.GroupBy(f => f.Key).Where(g => g.Count() > 1))
        {
            problems.Add($"填写项标识“{key.Key}”重复");
        }

        foreach (var f in Fields.Where(f => f.Kind == FieldKind.Choice && f.OptionList.Count < 2))
        {
            problems.Add($"单选项“{f.Label}”至少需要两个选项（用“；”分隔）");
        }

        foreach (var key in Attachments.GroupBy(a => a.Key).Where(g => g.Count() > 1))
        {
            problems.Add($"附件标识“{key.Key}”重复");
        }

        foreach (var a in Attachments.Where(a => a.ExtensionList.Count == 0 || a.MaxMegabytes is < 1 or > 50))
        {
            problems.Add($"附件“{a.Name}”须写明允许的格式，大小上限 1–50 MB");
        }

        if (Criteria.Count == 0)
        {
            problems.Add("评分表至少需要一项评分指标");
        }
        else if (Criteria.Sum(c => c.Weight) != 100)
        {
            problems.Add($"评分指标权重合计应为 100%，现为 {Criteria.Sum(c => c.Weight):0.##}%");
        }

        if (Criteria.Any(c => c.Weight <= 0 || c.MaxScore <= 0))
        {
            problems.Add("评分指标的权重和满分须大于 0");
        }

        if (call.PanelSize is < 1 or > 15)
        {
            problems.Add("每份申报书的评审专家人数应在 1–15 人之间");
        }

        if (call.MaxGrant <= 0 || call.Budget <= 0 || call.MaxGrant > call.Budget)
        {
            problems.Add("预算和单项最高资助须大于 0，且单项最高资助不超过预算");
        }

        if (call.ClosesOn is { } closes && closes < call.OpensOn)
        {
            problems.Add("截止日期不能早于开始日期");
        }

        return problems;
    }

    /// <summary>The form a new call starts with: what most Yinchuan calls ask; staff change it per call.</summary>
    public static CallSettings Default => new(
        [
            new("项目基本信息",
            [
                new("leader", "项目负责人", FieldKind.Text, MaxLength: 50),
                new("phone", "联系电话", FieldKind.Text, MaxLength: 30),
                new("period", "实施期限（月）", FieldKind.Number),
            ]),
            new("项目内容",
            [
                new("content", "主要研究内容", FieldKind.Paragraph),
                new("targets", "考核指标", FieldKind.Paragraph),
                new("stage", "技术成熟度", FieldKind.Choice, Options: "研发；小试；中试；产业化"),
            ]),
        ],
        [
            new("plan", "项目申报书（盖章扫描件）", true, "pdf", 10),
            new("budget", "经费预算表", true, "pdf；xlsx", 5),
            new("other", "其他证明材料", false, "pdf；jpg；png", 10),
        ],
        [
            new("创新性与技术先进性", 30),
            new("技术路线可行性", 25),
            new("团队与实施条件", 20),
            new("经济社会效益", 15),
            new("经费预算合理性", 10),
        ]);
}
