using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PainCare.Data.Migrations;

/// <summary>Patients (clinical and identifying parts apart), sessions, narratives and alliance ratings.</summary>
[DbContext(typeof(PainCareDbContext))]
[Migration("20261121000002_ClinicalRecords")]
public sealed class ClinicalRecords : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Patients",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                ClinicianId = table.Column<string>(type: "text", nullable: false),
                Status = table.Column<int>(type: "integer", nullable: false),
                WhatMattersToMe = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                NextStep = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Patients", x => x.Id);
                table.ForeignKey("FK_Patients_AspNetUsers_ClinicianId", x => x.ClinicianId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PatientIdentities",
            columns: table => new
            {
                PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                FamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                PreferredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                HealthcareNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                RelativesNames = table.Column<List<string>>(type: "text[]", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PatientIdentities", x => x.PatientId);
                table.ForeignKey("FK_PatientIdentities_Patients_PatientId", x => x.PatientId, "Patients", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Sessions",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                ClinicianId = table.Column<string>(type: "text", nullable: false),
                StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                Attendance = table.Column<int>(type: "integer", nullable: false),
                PainBefore = table.Column<int>(type: "integer", nullable: true),
                PainAfter = table.Column<int>(type: "integer", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sessions", x => x.Id);
                table.CheckConstraint("CK_Sessions_Duration", "\"DurationMinutes\" BETWEEN 0 AND 600");
                table.CheckConstraint("CK_Sessions_PainAfter", "\"PainAfter\" BETWEEN 0 AND 10");
                table.CheckConstraint("CK_Sessions_PainBefore", "\"PainBefore\" BETWEEN 0 AND 10");
                table.ForeignKey("FK_Sessions_AspNetUsers_ClinicianId", x => x.ClinicianId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Sessions_Patients_PatientId", x => x.PatientId, "Patients", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AllianceRatings",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                InstrumentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                InstrumentVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Rater = table.Column<int>(type: "integer", nullable: false),
                ItemScores = table.Column<int[]>(type: "integer[]", nullable: false),
                Total = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                RatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AllianceRatings", x => x.Id);
                table.ForeignKey("FK_AllianceRatings_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "NarrativeNotes",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                AuthorId = table.Column<string>(type: "text", nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                Status = table.Column<int>(type: "integer", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                SignedById = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NarrativeNotes", x => x.Id);
                table.CheckConstraint("CK_NarrativeNotes_TextLength", "char_length(\"Text\") <= 100000");
                table.ForeignKey("FK_NarrativeNotes_AspNetUsers_AuthorId", x => x.AuthorId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_NarrativeNotes_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_AllianceRatings_SessionId_InstrumentId_Rater", "AllianceRatings", ["SessionId", "InstrumentId", "Rater"], unique: true);
        migrationBuilder.CreateIndex("IX_NarrativeNotes_AuthorId", "NarrativeNotes", "AuthorId");
        migrationBuilder.CreateIndex("IX_NarrativeNotes_SessionId", "NarrativeNotes", "SessionId", unique: true);
        migrationBuilder.CreateIndex("IX_Patients_ClinicianId_Status", "Patients", ["ClinicianId", "Status"]);
        migrationBuilder.CreateIndex("IX_Sessions_ClinicianId_StartsAt", "Sessions", ["ClinicianId", "StartsAt"]);
        migrationBuilder.CreateIndex("IX_Sessions_PatientId_StartsAt", "Sessions", ["PatientId", "StartsAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "AllianceRatings", "NarrativeNotes", "Sessions", "PatientIdentities", "Patients" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
