namespace PainCare.Web.Hosting;

/// <summary>A configuration value PainCare cannot use; start-up stops with its message as one line.</summary>
public sealed class InvalidSettingException(string message) : Exception(message);
