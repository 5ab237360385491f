namespace TravelRisk.Web;

/// <summary>A configuration or data problem that stops the app from starting; its message is shown as it is.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
