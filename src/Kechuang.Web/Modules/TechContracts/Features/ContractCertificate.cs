using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Documents;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.Extensions.Options;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>
/// 技术合同登记证明 as .docx from the Word template (Templates/技术合同登记证明.docx, or the bureau's own copy). Made on
/// each download from the contract as it stands, so after a 变更登记 it states the new amounts; a cancelled contract has
/// no valid certificate.
/// </summary>
public static class ContractCertificate
{
    public const string Template = "技术合同登记证明.docx";

    public sealed record File(string FileName, byte[] Bytes);

    public sealed class Handler(GetTechContract.Handler get, DocumentTemplates templates, IOptions<DocumentOptions> options, TimeProvider clock)
    {
        public async Task<File?> Handle(Guid id, CancellationToken ct)
        {
            if (await get.Handle(id, ct) is not { } c)
            {
                return null;
            }

            if (c.Status != TechContractStatus.Registered || c.RegistrationNumber is null || c.RegisteredOn is null)
            {
                throw new DomainRuleException($"合同当前状态为“{c.StatusName}”，没有有效的登记证明");
            }

            var data = Data(c, options.Value.Issuer, BeijingTime.Today(clock));
            return new File($"{c.RegistrationNumber}-技术合同登记证明.docx", templates.Render(Template, data));
        }
    }

    public static DocumentData Data(GetTechContract.Details c, string issuer, DateOnly today) => new()
    {
        ["登记编号"] = c.RegistrationNumber,
        ["合同编号"] = c.ContractNumber,
        ["项目名称"] = c.ProjectName,
        ["合同类型"] = c.KindName,
        ["卖方"] = c.Seller.Name,
        ["卖方所在地"] = c.SellerPlace,
        ["卖方类型"] = TechContractNames.Entity(c.Seller.EntityType),
        ["买方"] = c.Buyer.Name,
        ["买方所在地"] = c.BuyerPlace,
        ["买方类型"] = TechContractNames.Entity(c.Buyer.EntityType),
        ["签订日期"] = DocumentText.Date(c.SignedOn),
        ["有效期"] = DocumentText.Period(c.ValidFrom, c.ValidTo),
        ["技术领域"] = c.Field,
        ["知识产权类型"] = c.IpTypeName,
        ["成交额（万元）"] = DocumentText.Money(c.TotalAmount),
        ["技术交易额（万元）"] = DocumentText.Money(c.TechnologyAmount),
        ["登记日期"] = DocumentText.Date(c.RegisteredOn!.Value),
        ["登记机构"] = issuer,
        ["出具日期"] = DocumentText.Date(today),
    };
}
