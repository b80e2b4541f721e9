/** Chinese labels of the catalogue enums, as the editors know them. */
export const STATUS_LABEL = { DRAFT: '草稿', PUBLISHED: '已发布', RETIRED: '已下线' } as const;
export const HANDLING_LABEL = { INSTANT: '即办件', PROMISED: '承诺件' } as const;
export const CHANNEL_LABEL = { WINDOW: '窗口办理', ONLINE: '网上办理', POST: '快递申请' } as const;
export const UNIT_LABEL = { WORKING_DAY: '工作日', CALENDAR_DAY: '自然日' } as const;
export const LEVEL_LABEL = { CITY: '市级', COUNTY: '县级', TOWNSHIP: '乡级', VILLAGE: '村级' } as const;
