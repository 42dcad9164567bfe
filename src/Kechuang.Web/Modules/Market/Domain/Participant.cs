namespace Kechuang.Web.Modules.Market.Domain;

/// <summary>Who takes part in a roadshow or bids for a challenge list: a firm of the registry or a unit (university,
/// institute, service body, bank). One registration and one bid per participant, whichever of its users acts.</summary>
public enum ParticipantKind
{
    Enterprise = 1, // 企业
    Unit = 2,       // 单位（高校、院所、服务机构、金融机构）
}

public sealed record Participant(ParticipantKind Kind, Guid Id, string Name);
