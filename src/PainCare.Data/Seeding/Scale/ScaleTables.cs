using Npgsql;
using NpgsqlTypes;
using PainCare.Data.Identity;
using PainCare.Domain.Patients;

namespace PainCare.Data.Seeding.Scale;

/// <summary>COPY statements for accounts and patients. Columns are listed so <c>xmin</c> and generated columns are never written.</summary>
internal static class ScaleTables
{
    public static Task<int> UsersAsync(NpgsqlConnection connection, IEnumerable<PainCareUser> users, CancellationToken cancellationToken) =>
        BinaryCopy.WriteAsync(
            connection,
            """
            COPY "AspNetUsers" ("Id", "DisplayName", "IsDisabled", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            FROM STDIN (FORMAT BINARY)
            """,
            users,
            async (w, u) =>
            {
                await w.WriteAsync(u.Id, NpgsqlDbType.Text);
                await w.WriteAsync(u.DisplayName, NpgsqlDbType.Varchar);
                await w.WriteAsync(u.IsDisabled, NpgsqlDbType.Boolean);
                await w.WriteNullableAsync(u.UserName, NpgsqlDbType.Varchar);
                await w.WriteNullableAsync(u.NormalizedUserName, NpgsqlDbType.Varchar);
                await w.WriteNullableAsync(u.Email, NpgsqlDbType.Varchar);
                await w.WriteNullableAsync(u.NormalizedEmail, NpgsqlDbType.Varchar);
                await w.WriteAsync(u.EmailConfirmed, NpgsqlDbType.Boolean);
                await w.WriteNullableAsync(u.PasswordHash, NpgsqlDbType.Text);
                await w.WriteNullableAsync(u.SecurityStamp, NpgsqlDbType.Text);
                await w.WriteNullableAsync(u.ConcurrencyStamp, NpgsqlDbType.Text);
                await w.WriteAsync(u.PhoneNumberConfirmed, NpgsqlDbType.Boolean);
                await w.WriteAsync(u.TwoFactorEnabled, NpgsqlDbType.Boolean);
                await w.WriteAsync(u.LockoutEnabled, NpgsqlDbType.Boolean);
                await w.WriteAsync(u.AccessFailedCount, NpgsqlDbType.Integer);
            },
            cancellationToken);

    public static Task<int> UserRolesAsync(NpgsqlConnection connection, IEnumerable<PainCareUser> users, string roleId, CancellationToken cancellationToken) =>
        BinaryCopy.WriteAsync(
            connection,
            """COPY "AspNetUserRoles" ("UserId", "RoleId") FROM STDIN (FORMAT BINARY)""",
            users,
            async (w, u) =>
            {
                await w.WriteAsync(u.Id, NpgsqlDbType.Text);
                await w.WriteAsync(roleId, NpgsqlDbType.Text);
            },
            cancellationToken);

    public static Task<int> PatientsAsync(NpgsqlConnection connection, IEnumerable<Patient> patients, CancellationToken cancellationToken) =>
        BinaryCopy.WriteAsync(
            connection,
            """COPY "Patients" ("Id", "ClinicianId", "Status", "WhatMattersToMe", "NextStep", "CreatedAt") FROM STDIN (FORMAT BINARY)""",
            patients,
            async (w, p) =>
            {
                await w.WriteAsync(p.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(p.ClinicianId, NpgsqlDbType.Text);
                await w.WriteAsync((int)p.Status, NpgsqlDbType.Integer);
                await w.WriteAsync(p.WhatMattersToMe, NpgsqlDbType.Varchar);
                await w.WriteAsync(p.NextStep, NpgsqlDbType.Varchar);
                await w.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz);
            },
            cancellationToken);

    public static Task<int> IdentitiesAsync(NpgsqlConnection connection, IEnumerable<PatientIdentity> identities, CancellationToken cancellationToken) =>
        BinaryCopy.WriteAsync(
            connection,
            """
            COPY "PatientIdentities" ("PatientId", "GivenName", "FamilyName", "PreferredName", "DateOfBirth", "HealthcareNumber", "Phone", "Email",
                "Address", "RelativesNames")
            FROM STDIN (FORMAT BINARY)
            """,
            identities,
            async (w, i) =>
            {
                await w.WriteAsync(i.PatientId, NpgsqlDbType.Uuid);
                await w.WriteAsync(i.GivenName, NpgsqlDbType.Varchar);
                await w.WriteAsync(i.FamilyName, NpgsqlDbType.Varchar);
                await w.WriteNullableAsync(i.PreferredName, NpgsqlDbType.Varchar);
                await w.WriteAsync(i.DateOfBirth, NpgsqlDbType.Date);
                await w.WriteNullableAsync(i.HealthcareNumber, NpgsqlDbType.Varchar);
                await w.WriteNullableAsync(i.Phone, NpgsqlDbType.Varchar);
                await w.WriteNullableAsync(i.Email, NpgsqlDbType.Varchar);
                await w.WriteNullableAsync(i.Address, NpgsqlDbType.Varchar);
                await w.WriteAsync(i.RelativesNames.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            },
            cancellationToken);
}
