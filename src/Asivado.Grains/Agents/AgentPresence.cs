namespace Asivado.Grains.Agents;

public enum AgentPresence
{
    Available = 1,
    Busy,
    Away,
    Offline,
}
