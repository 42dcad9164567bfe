using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kechuang.Web.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SellerEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IpType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TotalAmount = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    TechnologyAmount = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    SellerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SellerCountry = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SellerDistrictCode = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: true),
                    SellerEntityType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    BuyerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BuyerCountry = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BuyerDistrictCode = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: true),
                    BuyerEntityType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpertReview = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    RejectReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RegistrationNumber = table.Column<string>(type: "character(16)", fixedLength: true, maxLength: 16, nullable: true),
                    RegistrationYear = table.Column<int>(type: "integer", nullable: true),
                    RegistrationSequence = table.Column<int>(type: "integer", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NumberKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    DealKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechContracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechContractAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TotalBefore = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    TotalAfter = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    TechnologyBefore = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    TechnologyAfter = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
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
