namespace Kechuang.Web.Modules.Audit.Domain;

/// <summary>
/// One recorded change. Rows are only ever inserted: the context refuses to update or delete them and
/// a database trigger refuses it too (see the migrations).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid? UserId { get; init; }

    public required string UserName { get; init; }

    /// <summary>The entity's CLR name, e.g. Enterprise.</summary>
    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    public AuditAction Action { get; init; }

    /// <summary>JSON array of <see cref="FieldChange"/>.</summary>
    public required string Changes { get; init; }
}

public enum AuditAction
{
    Create,
    Update,
    Delete,
}

public sealed record FieldChange(string Field, string? Before, string? After);

public static class AuditNames
{
    public static string DisplayName(AuditAction action) => action switch
    {
        AuditAction.Create => "新增",
        AuditAction.Update => "修改",
        AuditAction.Delete => "删除",
    };

    public static readonly IReadOnlyDictionary<string, string> EntityNames = new Dictionary<string, string>
    {
        ["Enterprise"] = "企业",
        ["Qualification"] = "企业资质",
        ["AnnualReport"] = "年度数据",
        ["AppUser"] = "用户",
        ["EnterpriseRegistration"] = "企业注册申请",
        ["Grid"] = "网格",
        ["Department"] = "科室",
        ["Unit"] = "单位",
        ["GridOfficer"] = "网格员分配",
        ["IdentityUserRole`1"] = "用户角色",
        ["IdentityRoleClaim`1"] = "角色权限",
        ["EnterpriseDeclaration"] = "企业自评声明",
        ["PoolMembership"] = "培育库入库记录",
        ["RuleSetVersion"] = "规则版本",
        ["Policy"] = "政策",
        ["PolicyClause"] = "政策条款",
        ["Fulfilment"] = "政策兑现",
        ["RecognitionReward"] = "认定奖励",
        ["PaymentBatch"] = "拨付批次",
        ["Expert"] = "专家",
        ["ExpertConflict"] = "专家回避关系",
        ["Call"] = "项目指南",
        ["ProjectApplication"] = "项目申报书",
        ["ReviewBatch"] = "评审批次",
        ["ReviewAssignment"] = "评审专家分配",
        ["Project"] = "立项项目",
        ["ProjectReport"] = "项目报告",
        ["VoucherPolicy"] = "创新券批次",
        ["Voucher"] = "创新券",
        ["Redemption"] = "创新券兑付",
        ["VoucherProvider"] = "创新券服务机构",
        ["VoucherPayout"] = "创新券拨付批次",
        ["SubsidyBatch"] = "研发后补助批次",
        ["SubsidyDeclaration"] = "研发后补助申报",
        ["TechContract"] = "技术合同",
        ["TechContractChange"] = "技术合同变更/注销登记",
        ["Demand"] = "技术需求",
        ["Achievement"] = "科技成果",
        ["ServiceOffer"] = "服务项目",
        ["MatchPush"] = "技术对接",
        ["MatchMeeting"] = "对接洽谈记录",
    };

    public static string EntityName(string type) => EntityNames.TryGetValue(type, out var n) ? n : type;
}
