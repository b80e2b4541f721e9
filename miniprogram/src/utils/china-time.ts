/** `YYYY-MM-DD HH:mm` in China time (the carrier's and the case timeline's clock), whatever the phone's time zone. */
export const chinaTime = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
