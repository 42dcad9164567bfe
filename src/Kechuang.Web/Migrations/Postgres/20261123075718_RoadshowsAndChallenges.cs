using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kechuang.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RoadshowsAndChallenges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Challenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Reward = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    BidDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Requirements = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DemandId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WinnerBidId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChosenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ChoiceReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ChosenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OutcomeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OutcomeBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Challenges", x => x.Id);
                    table.CheckConstraint("CK_Challenges_Reward", "CAST(\"Reward\" AS DOUBLE PRECISION) >= 0");
                    table.ForeignKey(
                        name: "FK_Challenges_Demands_DemandId",
                        column: x => x.DemandId,
                        principalTable: "Demands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Roadshows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Theme = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RegisteredCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Roadshows", x => x.Id);
                    table.CheckConstraint("CK_Roadshows_Capacity", "\"Capacity\" > 0");
                    table.CheckConstraint("CK_Roadshows_Registered", "\"RegisteredCount\" >= 0 AND \"RegisteredCount\" <= \"Capacity\"");
                });

            migrationBuilder.CreateTable(
                name: "ChallengeBids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Team = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PlanSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Price = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    AttachmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AttachmentSize = table.Column<long>(type: "bigint", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeBids", x => x.Id);
                    table.CheckConstraint("CK_ChallengeBids_Period", "\"PeriodMonths\" > 0");
                    table.CheckConstraint("CK_ChallengeBids_Price", "CAST(\"Price\" AS DOUBLE PRECISION) >= 0");
                    table.ForeignKey(
                        name: "FK_ChallengeBids_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeExperts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeExperts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeExperts_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoadshowProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoadshowId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Presenter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FinancingNeed = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    AchievementId = table.Column<Guid>(type: "uuid", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoadshowProjects", x => x.Id);
                    table.CheckConstraint("CK_RoadshowProjects_FinancingNeed", "CAST(\"FinancingNeed\" AS DOUBLE PRECISION) >= 0");
                    table.ForeignKey(
                        name: "FK_RoadshowProjects_Achievements_AchievementId",
                        column: x => x.AchievementId,
                        principalTable: "Achievements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoadshowProjects_Roadshows_RoadshowId",
                        column: x => x.RoadshowId,
                        principalTable: "Roadshows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoadshowRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoadshowId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attended = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoadshowRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoadshowRegistrations_Roadshows_RoadshowId",
                        column: x => x.RoadshowId,
                        principalTable: "Roadshows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeBidFiles",
                columns: table => new
                {
                    BidId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeBidFiles", x => x.BidId);
                    table.ForeignKey(
                        name: "FK_ChallengeBidFiles_ChallengeBids_BidId",
                        column: x => x.BidId,
                        principalTable: "ChallengeBids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    BidId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaterUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeRatings", x => x.Id);
                    table.CheckConstraint("CK_ChallengeRatings_Score", "\"Score\" >= 0 AND \"Score\" <= 100");
                    table.ForeignKey(
                        name: "FK_ChallengeRatings_ChallengeBids_BidId",
                        column: x => x.BidId,
                        principalTable: "ChallengeBids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoadshowOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoadshowId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Investor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoadshowOutcomes", x => x.Id);
                    table.CheckConstraint("CK_RoadshowOutcomes_Amount", "\"Amount\" IS NULL OR CAST(\"Amount\" AS DOUBLE PRECISION) >= 0");
                    table.ForeignKey(
                        name: "FK_RoadshowOutcomes_RoadshowProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "RoadshowProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeBids_ChallengeId_ParticipantKind_ParticipantId",
                table: "ChallengeBids",
                columns: new[] { "ChallengeId", "ParticipantKind", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeExperts_ChallengeId_UserId",
                table: "ChallengeExperts",
                columns: new[] { "ChallengeId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeExperts_UserId",
                table: "ChallengeExperts",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeRatings_BidId_RaterUserId",
                table: "ChallengeRatings",
                columns: new[] { "BidId", "RaterUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeRatings_ChallengeId",
                table: "ChallengeRatings",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_DemandId",
                table: "Challenges",
                column: "DemandId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_EnterpriseId",
                table: "Challenges",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_Status_BidDeadline",
                table: "Challenges",
                columns: new[] { "Status", "BidDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_RoadshowOutcomes_ProjectId",
                table: "RoadshowOutcomes",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_RoadshowOutcomes_RoadshowId",
                table: "RoadshowOutcomes",
                column: "RoadshowId");

            migrationBuilder.CreateIndex(
                name: "IX_RoadshowProjects_AchievementId",
                table: "RoadshowProjects",
                column: "AchievementId");

            migrationBuilder.CreateIndex(
                name: "IX_RoadshowProjects_RoadshowId",
                table: "RoadshowProjects",
                column: "RoadshowId");

            migrationBuilder.CreateIndex(
                name: "IX_RoadshowRegistrations_RoadshowId_ParticipantKind_Participan~",
                table: "RoadshowRegistrations",
                columns: new[] { "RoadshowId", "ParticipantKind", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoadshowRegistrations_UserId",
                table: "RoadshowRegistrations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Roadshows_Status_StartsAt",
                table: "Roadshows",
                columns: new[] { "Status", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChallengeBidFiles");

            migrationBuilder.DropTable(
                name: "ChallengeExperts");

            migrationBuilder.DropTable(
                name: "ChallengeRatings");

            migrationBuilder.DropTable(
                name: "RoadshowOutcomes");

            migrationBuilder.DropTable(
                name: "RoadshowRegistrations");

            migrationBuilder.DropTable(
                name: "ChallengeBids");

            migrationBuilder.DropTable(
                name: "RoadshowProjects");

            migrationBuilder.DropTable(
                name: "Challenges");

            migrationBuilder.DropTable(
                name: "Roadshows");
        }
    }
}
