namespace Kechuang.Web.Modules.Enterprises.Domain;

/// <summary>The eight fields of 《国家重点支持的高新技术领域》 (国科发火〔2016〕32号 附件).</summary>
public enum HighTechField
{
    ElectronicInformation = 1,
    BiomedicineAndNewMedicine = 2,
    Aerospace = 3,
    NewMaterials = 4,
    HighTechServices = 5,
    NewEnergyAndEnergySaving = 6,
    ResourcesAndEnvironment = 7,
    AdvancedManufacturing = 8,
}

public static class HighTechFields
{
    public static string DisplayName(HighTechField field) => field switch
    {
        HighTechField.ElectronicInformation => "电子信息",
        HighTechField.BiomedicineAndNewMedicine => "生物与新医药",
        HighTechField.Aerospace => "航空航天",
        HighTechField.NewMaterials => "新材料",
        HighTechField.HighTechServices => "高技术服务",
        HighTechField.NewEnergyAndEnergySaving => "新能源与节能",
        HighTechField.ResourcesAndEnvironment => "资源与环境",
        HighTechField.AdvancedManufacturing => "先进制造与自动化",
    };

    public static HighTechField? Parse(string? text) =>
        Enum.GetValues<HighTechField>().Cast<HighTechField?>().FirstOrDefault(f => DisplayName(f!.Value) == text?.Trim());
}
