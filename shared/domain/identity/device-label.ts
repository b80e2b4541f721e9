/** A short, human device label from a User-Agent: enough to recognise "my phone", nothing more. */
export function deviceLabel(userAgent: string | null | undefined): string {
  if (!userAgent) return '未知设备';
  const app = /MicroMessenger/i.test(userAgent) ? '微信' : /Chrome|Firefox|Safari|Edg/i.test(userAgent) ? '浏览器' : '应用';
  const os = /iPhone|iPad/i.test(userAgent)
    ? 'iPhone/iPad'
    : /Android/i.test(userAgent)
      ? 'Android'
      : /HarmonyOS|OpenHarmony/i.test(userAgent)
        ? '鸿蒙'
        : /Windows/i.test(userAgent)
          ? 'Windows'
          : /Mac OS X|Macintosh/i.test(userAgent)
            ? 'Mac'
            : /Linux/i.test(userAgent)
              ? 'Linux'
              : null;
  return os ? `${app} · ${os}` : app;
}

/** An IP address with its host part hidden: 113.65.*.* or 2408:8456:*. */
export function maskIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.\d+\.\d+$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.*.*`;
  const parts = ip.split(':').filter(Boolean);
  return parts.length >= 2 ? `${parts[0]}:${parts[1]}:*` : '*';
}
