namespace Kechuang.Web.Modules.TechContracts.Domain;

/// <summary>The five contract types of 民法典 第三编第二十章 (技术合同), as registered.</summary>
public enum TechContractType
{
    Development = 1,  // 技术开发
    Transfer = 2,     // 技术转让
    Licence = 3,      // 技术许可
    Consulting = 4,   // 技术咨询
    Service = 5,      // 技术服务
}

/// <summary>The type with its sub-type (DOMAIN.md: 技术开发 委托/合作; 技术转让 专利权/专利申请权/技术秘密; 技术许可 专利/技术秘密;
/// 技术咨询; 技术服务 incl. 技术培训 and 技术中介). The type follows from the sub-type.</summary>
public enum TechContractKind
{
    CommissionedDevelopment = 11, // 委托开发
    CooperativeDevelopment = 12,  // 合作开发
    PatentTransfer = 21,          // 专利权转让
    PatentApplicationTransfer = 22, // 专利申请权转让
    KnowHowTransfer = 23,         // 技术秘密转让
    PatentLicence = 31,           // 专利实施许可
    KnowHowLicence = 32,          // 技术秘密使用许可
    Consulting = 41,              // 技术咨询
    Service = 51,                 // 技术服务（一般）
    Training = 52,                // 技术培训
    Intermediary = 53,            // 技术中介
}

public enum TechContractStatus
{
    Draft = 1,       // 草稿
    Submitted = 2,   // 已提交，待认定登记
    Registered = 3,  // 已登记
    Rejected = 4,    // 不予登记
    Cancelled = 5,   // 已注销
}

/// <summary>法人类型 of a party, as the registration form asks.</summary>
public enum LegalEntityType
{
    Enterprise = 1,          // 企业法人
    PublicInstitution = 2,   // 事业单位法人（高校、科研院所等）
    SocialOrganisation = 3,  // 社会团体法人
    GovernmentAgency = 4,    // 机关法人
    OtherOrganisation = 5,   // 其他组织
    NaturalPerson = 6,       // 自然人
}

/// <summary>知识产权类型 of the contract's subject.</summary>
public enum IpType
{
    None = 0,               // 未涉及知识产权
    InventionPatent = 1,    // 发明专利
    UtilityModel = 2,       // 实用新型专利
    Design = 3,             // 外观设计专利
    Software = 4,           // 计算机软件著作权
    IcLayout = 5,           // 集成电路布图设计
    PlantVariety = 6,       // 植物新品种
    KnowHow = 7,            // 技术秘密
    Other = 9,              // 其他
}

public enum ContractChangeKind
{
    Change = 1,        // 变更登记
    Cancellation = 2,  // 注销登记
}

public enum AttachmentKind
{
    ContractText = 1,  // 合同文本（必传）
    Other = 2,         // 其他证明材料
}

public static class TechContractNames
{
    public static TechContractType TypeOf(TechContractKind kind) => (TechContractType)((int)kind / 10);

    public static string Type(TechContractType t) => t switch
    {
        TechContractType.Development => "技术开发",
        TechContractType.Transfer => "技术转让",
        TechContractType.Licence => "技术许可",
        TechContractType.Consulting => "技术咨询",
        TechContractType.Service => "技术服务",
    };

    public static string Kind(TechContractKind k) => k switch
    {
        TechContractKind.CommissionedDevelopment => "委托开发",
        TechContractKind.CooperativeDevelopment => "合作开发",
        TechContractKind.PatentTransfer => "专利权转让",
        TechContractKind.PatentApplicationTransfer => "专利申请权转让",
        TechContractKind.KnowHowTransfer => "技术秘密转让",
        TechContractKind.PatentLicence => "专利实施许可",
        TechContractKind.KnowHowLicence => "技术秘密使用许可",
        TechContractKind.Consulting => "技术咨询",
        TechContractKind.Service => "一般技术服务",
        TechContractKind.Training => "技术培训",
        TechContractKind.Intermediary => "技术中介",
    };

    /// <summary>"技术开发（委托开发）"; the sub-type alone when it is the type (技术咨询).</summary>
    public static string Full(TechContractKind k) =>
        Kind(k) == Type(TypeOf(k)) ? Kind(k) : $"{Type(TypeOf(k))}（{Kind(k)}）";

    public static string Status(TechContractStatus s) => s switch
    {
        TechContractStatus.Draft => "草稿",
        TechContractStatus.Submitted => "待认定登记",
        TechContractStatus.Registered => "已登记",
        TechContractStatus.Rejected => "不予登记",
        TechContractStatus.Cancelled => "已注销",
    };

    public static string Entity(LegalEntityType t) => t switch
    {
        LegalEntityType.Enterprise => "企业法人",
        LegalEntityType.PublicInstitution => "事业单位法人",
        LegalEntityType.SocialOrganisation => "社会团体法人",
        LegalEntityType.GovernmentAgency => "机关法人",
        LegalEntityType.OtherOrganisation => "其他组织",
        LegalEntityType.NaturalPerson => "自然人",
    };

    public static string Ip(IpType t) => t switch
    {
        IpType.None => "未涉及知识产权",
        IpType.InventionPatent => "发明专利",
        IpType.UtilityModel => "实用新型专利",
        IpType.Design => "外观设计专利",
        IpType.Software => "计算机软件著作权",
        IpType.IcLayout => "集成电路布图设计",
        IpType.PlantVariety => "植物新品种",
        IpType.KnowHow => "技术秘密",
        IpType.Other => "其他知识产权",
    };

    public static string Change(ContractChangeKind k) => k switch
    {
        ContractChangeKind.Change => "变更登记",
        ContractChangeKind.Cancellation => "注销登记",
    };

    public static string Attachment(AttachmentKind k) => k switch
    {
        AttachmentKind.ContractText => "合同文本",
        AttachmentKind.Other => "其他证明材料",
    };
}
