using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kechuang.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PolicyAsCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "TechRevenue",
                table: "AnnualReports",
                type: "numeric",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CultivationPools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TargetRuleSetId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CultivationPools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseDeclarations",
                columns: table => new
                {
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentEnterprise = table.Column<bool>(type: "boolean", nullable: true),
                    RestrictedIndustry = table.Column<bool>(type: "boolean", nullable: true),
                    NoMajorViolation = table.Column<bool>(type: "boolean", nullable: true),
                    ListedAbnormal = table.Column<bool>(type: "boolean", nullable: true),
                    SoundAccounts = table.Column<bool>(type: "boolean", nullable: true),
                    HasCoreIp = table.Column<bool>(type: "boolean", nullable: true),
                    HasRdUnit = table.Column<bool>(type: "boolean", nullable: true),
                    NationalAward5y = table.Column<bool>(type: "boolean", nullable: true),
                    ProvincialRdInstitution = table.Column<bool>(type: "boolean", nullable: true),
                    LedStandard5y = table.Column<bool>(type: "boolean", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseDeclarations", x => x.EnterpriseId);
                    table.ForeignKey(
                        name: "FK_EnterpriseDeclarations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovalNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RuleSetVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleSetId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    VersionLabel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Citation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Yaml = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsShipped = table.Column<bool>(type: "boolean", nullable: false),
                    BasedOnId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSetVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PoolMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdmissionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AdmittedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RemovedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolMemberships_CultivationPools_PoolId",
                        column: x => x.PoolId,
                        principalTable: "CultivationPools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PoolMemberships_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecognitionRewards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    QualificationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecognitionKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    QualificationType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecognizedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RuleSetId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecognitionRewards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecognitionRewards_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecognitionRewards_PaymentBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "PaymentBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyClauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RuleSetId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    BenefitText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LeadDepartment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Procedure = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TimeLimit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SourceDocument = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NoApplication = table.Column<bool>(type: "boolean", nullable: false),
                    IsRecognitionReward = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyClauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyClauses_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Fulfilments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClauseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RuleSetId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fulfilments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Fulfilments_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fulfilments_PolicyClauses_ClauseId",
                        column: x => x.ClauseId,
                        principalTable: "PolicyClauses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CultivationPools_Code",
                table: "CultivationPools",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fulfilments_ClauseId_Year_EnterpriseId",
                table: "Fulfilments",
                columns: new[] { "ClauseId", "Year", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fulfilments_EnterpriseId",
                table: "Fulfilments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EnterpriseId_CreatedAt",
                table: "Notifications",
                columns: new[] { "EnterpriseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_CreatedAt",
                table: "Notifications",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_Number",
                table: "PaymentBatches",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyClauses_PolicyId",
                table: "PolicyClauses",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyClauses_RuleSetId",
                table: "PolicyClauses",
                column: "RuleSetId");

            migrationBuilder.CreateIndex(
                name: "IX_PoolMemberships_EnterpriseId",
                table: "PoolMemberships",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_PoolMemberships_PoolId_AdmittedOn",
                table: "PoolMemberships",
                columns: new[] { "PoolId", "AdmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PoolMemberships_PoolId_EnterpriseId",
                table: "PoolMemberships",
                columns: new[] { "PoolId", "EnterpriseId" },
                unique: true,
                filter: "\"RemovedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RecognitionRewards_BatchId",
                table: "RecognitionRewards",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_RecognitionRewards_EnterpriseId_RecognitionKey",
                table: "RecognitionRewards",
                columns: new[] { "EnterpriseId", "RecognitionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecognitionRewards_Status_RecognizedOn",
                table: "RecognitionRewards",
                columns: new[] { "Status", "RecognizedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RuleSetVersions_RuleSetId_VersionLabel",
                table: "RuleSetVersions",
                columns: new[] { "RuleSetId", "VersionLabel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnterpriseDeclarations");

            migrationBuilder.DropTable(
                name: "Fulfilments");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PoolMemberships");

            migrationBuilder.DropTable(
                name: "RecognitionRewards");

            migrationBuilder.DropTable(
                name: "RuleSetVersions");

            migrationBuilder.DropTable(
                name: "PolicyClauses");

            migrationBuilder.DropTable(
                name: "CultivationPools");

            migrationBuilder.DropTable(
                name: "PaymentBatches");

            migrationBuilder.DropTable(
                name: "Policies");

            migrationBuilder.DropColumn(
                name: "TechRevenue",
                table: "AnnualReports");
        }
    }
}
