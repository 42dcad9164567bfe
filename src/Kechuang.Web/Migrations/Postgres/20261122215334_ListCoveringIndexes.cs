using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kechuang.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_DistrictCode_Name",
                table: "Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_GridId_Name",
                table: "Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_Name",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_DistrictCode_Name_Id",
                table: "Enterprises",
                columns: new[] { "DistrictCode", "Name", "Id" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_GridId_Name_Id",
                table: "Enterprises",
                columns: new[] { "GridId", "Name", "Id" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Name_Id",
                table: "Enterprises",
                columns: new[] { "Name", "Id" },
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_DistrictCode_Name_Id",
                table: "Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_GridId_Name_Id",
                table: "Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_Name_Id",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_DistrictCode_Name",
                table: "Enterprises",
                columns: new[] { "DistrictCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_GridId_Name",
                table: "Enterprises",
                columns: new[] { "GridId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Name",
                table: "Enterprises",
                column: "Name");
        }
    }
}
