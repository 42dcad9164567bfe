using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kechuang.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TechContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TechContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SellerEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IpType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TotalAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    TechnologyAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SellerCountry = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SellerDistrictCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true),
                    SellerEntityType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BuyerCountry = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BuyerDistrictCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true),
                    BuyerEntityType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpertReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 16, nullable: true),
                    RegistrationYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RegistrationSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NumberKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    DealKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechContracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechContractAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechContractAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TechContractAttachments_TechContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "TechContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TechContractChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TotalBefore = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    TotalAfter = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    TechnologyBefore = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    TechnologyAfter = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechContractChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TechContractChanges_TechContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "TechContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TechContractAttachments_ContractId",
                table: "TechContractAttachments",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_TechContractChanges_ContractId_RecordedAt",
                table: "TechContractChanges",
                columns: new[] { "ContractId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_DealKey",
                table: "TechContracts",
                column: "DealKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_NumberKey",
                table: "TechContracts",
                column: "NumberKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_RegistrationNumber",
                table: "TechContracts",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_RegistrationYear_RegistrationSequence",
                table: "TechContracts",
                columns: new[] { "RegistrationYear", "RegistrationSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_SellerEnterpriseId_CreatedAt",
                table: "TechContracts",
                columns: new[] { "SellerEnterpriseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_Status_DueOn",
                table: "TechContracts",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_Status_RegisteredOn",
                table: "TechContracts",
                columns: new[] { "Status", "RegisteredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TechContractAttachments");

            migrationBuilder.DropTable(
                name: "TechContractChanges");

            migrationBuilder.DropTable(
                name: "TechContracts");
        }
    }
}
