using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Policies.Domain;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>A policy with its clauses as staff edit it (page and API). Lengths match the columns.</summary>
public sealed class PolicyForm
{
    [Required(ErrorMessage = "请填写政策名称"), MaxLength(200, ErrorMessage = "政策名称不能超过 200 个字")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "请填写文号"), MaxLength(60, ErrorMessage = "文号不能超过 60 个字")]
    public string DocumentNumber { get; set; } = "";

    [Required(ErrorMessage = "请填写发文单位"), MaxLength(100, ErrorMessage = "发文单位不能超过 100 个字")]
    public string Issuer { get; set; } = "";

    [Required(ErrorMessage = "请填写发文日期")]
    public DateOnly? IssuedOn { get; set; }

    [MaxLength(2000, ErrorMessage = "摘要不能超过 2000 个字")]
    public string? Summary { get; set; }

    public bool IsPublished { get; set; }

    /// <summary>The version read before editing (0 for a new policy).</summary>
    public long Version { get; set; }

    public List<ClauseForm> Clauses { get; set; } = [];

    public const int MaxClauses = 100;

    /// <summary>
    /// Every field rule, the clauses' included (DataAnnotations do not descend into lists), plus the rule set ids,
    /// which must be published ones. Keys are camel-case paths: "clauses[1].ruleSetId".
    /// </summary>
    public Dictionary<string, string[]> Check(IReadOnlySet<string> publishedRuleSets)
    {
        var errors = Validation.Validate(this);
        var clauses = Clauses ?? [];
        if (clauses.Count > MaxClauses)
        {
            errors["clauses"] = [$"一项政策最多 {MaxClauses} 个条款"];
        }

        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause is null)
            {
                errors[$"clauses[{i}]"] = ["条款内容不能为空"];
                continue;
            }

            foreach (var (field, messages) in Validation.Validate(clause))
            {
                errors[$"clauses[{i}].{field}"] = messages;
            }

            if (!string.IsNullOrWhiteSpace(clause.RuleSetId) && !publishedRuleSets.Contains(clause.RuleSetId.Trim()))
            {
                errors[$"clauses[{i}].ruleSetId"] = [$"规则集 “{clause.RuleSetId}” 不存在或尚未发布"];
            }
        }

        var duplicates = clauses.Where(c => c?.Id is not null).GroupBy(c => c.Id).Where(g => g.Count() > 1).ToList();
        if (duplicates.Count > 0)
        {
            errors["clauses"] = ["同一条款在表单中出现了多次"];
        }

        return errors;
    }

    public static PolicyForm From(Policy p) => new()
    {
        Title = p.Title,
        DocumentNumber = p.DocumentNumber,
        Issuer = p.Issuer,
        IssuedOn = p.IssuedOn,
        Summary = p.Summary,
        IsPublished = p.IsPublished,
        Version = p.Version,
        Clauses = p.Clauses.OrderBy(c => c.SortOrder).ThenBy(c => c.Number).Select(ClauseForm.From).ToList(),
    };

    public void ApplyTo(Policy p)
    {
        p.Title = Title.Trim();
        p.DocumentNumber = DocumentNumber.Trim();
        p.Issuer = Issuer.Trim();
        p.IssuedOn = IssuedOn!.Value;
        p.Summary = string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim();
        p.IsPublished = IsPublished;
    }
}

/// <summary>One clause in <see cref="PolicyForm"/>: Id and Version are empty for a new clause.</summary>
public sealed class ClauseForm
{
    public Guid? Id { get; set; }

    public long Version { get; set; }

    [Required(ErrorMessage = "请填写条款编号"), MaxLength(30, ErrorMessage = "条款编号不能超过 30 个字")]
    public string Number { get; set; } = "";

    [Required(ErrorMessage = "请填写条款标题"), MaxLength(200, ErrorMessage = "条款标题不能超过 200 个字")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "请填写条款原文"), MaxLength(4000, ErrorMessage = "条款原文不能超过 4000 个字")]
    public string Text { get; set; } = "";

    [Required(ErrorMessage = "请选择适用条件（规则集）"), MaxLength(60, ErrorMessage = "规则集编号不能超过 60 个字")]
    public string RuleSetId { get; set; } = "";

    [Required(ErrorMessage = "请填写支持内容"), MaxLength(500, ErrorMessage = "支持内容不能超过 500 个字")]
    public string BenefitText { get; set; } = "";

    [Required(ErrorMessage = "请填写牵头部门"), MaxLength(100, ErrorMessage = "牵头部门不能超过 100 个字")]
    public string LeadDepartment { get; set; } = "";

    [Required(ErrorMessage = "请填写办理程序"), MaxLength(2000, ErrorMessage = "办理程序不能超过 2000 个字")]
    public string Procedure { get; set; } = "";

    [Required(ErrorMessage = "请填写办理时限"), MaxLength(200, ErrorMessage = "办理时限不能超过 200 个字")]
    public string TimeLimit { get; set; } = "";

    [Required(ErrorMessage = "请填写政策依据（来源文件）"), MaxLength(300, ErrorMessage = "政策依据不能超过 300 个字")]
    public string SourceDocument { get; set; } = "";

    public bool NoApplication { get; set; }

    public bool IsRecognitionReward { get; set; }

    [Range(0, 10_000, ErrorMessage = "排序号应在 0–10000 之间")]
    public int SortOrder { get; set; }

    public static ClauseForm From(PolicyClause c) => new()
    {
        Id = c.Id,
        Version = c.Version,
        Number = c.Number,
        Title = c.Title,
        Text = c.Text,
        RuleSetId = c.RuleSetId,
        BenefitText = c.BenefitText,
        LeadDepartment = c.LeadDepartment,
        Procedure = c.Procedure,
        TimeLimit = c.TimeLimit,
        SourceDocument = c.SourceDocument,
        NoApplication = c.NoApplication,
        IsRecognitionReward = c.IsRecognitionReward,
        SortOrder = c.SortOrder,
    };

    public PolicyClause ToClause(Guid policyId)
    {
        var clause = new PolicyClause
        {
            PolicyId = policyId,
            Number = "",
            Title = "",
            Text = "",
            RuleSetId = "",
            BenefitText = "",
            LeadDepartment = "",
            Procedure = "",
            TimeLimit = "",
            SourceDocument = "",
        };
        ApplyTo(clause);
        return clause;
    }

    public void ApplyTo(PolicyClause c)
    {
        c.Number = Number.Trim();
        c.Title = Title.Trim();
        c.Text = Text.Trim();
        c.RuleSetId = RuleSetId.Trim();
        c.BenefitText = BenefitText.Trim();
        c.LeadDepartment = LeadDepartment.Trim();
        c.Procedure = Procedure.Trim();
        c.TimeLimit = TimeLimit.Trim();
        c.SourceDocument = SourceDocument.Trim();
        c.NoApplication = NoApplication;
        c.IsRecognitionReward = IsRecognitionReward;
        c.SortOrder = SortOrder;
    }
}
