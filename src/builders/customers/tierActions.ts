/**
 * The suggested action for each tier, as operators act on them (DOMAIN.md: exclusive benefits for
 * high-value customers, "come back" coupons for sleeping high-value ones, first-order and repeat offers
 * for new and developing ones). They start the summary's action cells, which are inputs: every shop
 * writes its own plan over them. Listed in README ("Customer tiers").
 */
import type { Cn8Class, RfmSegment } from "../../core/rfm";
import type { Locale } from "../../i18n/locale";

export const CN8_ACTIONS: Record<Locale, Record<Cn8Class, string>> = {
  "zh-CN": {
    importantValue: "专属权益 / VIP 服务：新品优先、专属客服、生日礼",
    importantDevelopment: "提升复购：会员积分、搭配推荐、复购券",
    importantRetention: "主动关怀：会员日提醒、专属客服回访",
    importantWinBack: "召回券 / 大额回归礼，一对一唤醒",
    generalValue: "提升客单：满减、组合装、加价购",
    generalDevelopment: "首单/复购优惠：新客券、第二件半价",
    generalRetention: "低成本触达：短信、社群活动",
    generalWinBack: "低成本唤醒，无回应则不再投入",
  },
  "en-US": {
    importantValue:
      "Exclusive benefits / VIP service: early access, a dedicated agent, birthday gifts",
    importantDevelopment: "Grow repeat buying: member points, bundles, a repeat-order coupon",
    importantRetention: "Keep in touch: member-day reminders, a personal follow-up",
    importantWinBack: "Come-back coupon or gift, one-to-one win-back",
    generalValue: "Raise the basket: spend-and-save, bundles, add-on deals",
    generalDevelopment:
      "First-order / repeat-order offers: a new-customer coupon, second item half price",
    generalRetention: "Low-cost reach: SMS, community events",
    generalWinBack: "Low-cost reactivation; stop spending if there is no response",
  },
};

export const SEGMENT_ACTIONS: Record<Locale, Record<RfmSegment, string>> = {
  "zh-CN": {
    champions: "专属权益 / VIP 服务，邀请评价和推荐",
    loyalCustomers: "会员升级、积分加倍",
    potentialLoyalist: "入会礼、搭配推荐",
    newCustomers: "首单后的复购优惠、新手引导",
    promising: "品牌内容、小额优惠券",
    needAttention: "按购买记录推送限时优惠",
    aboutToSleep: "提醒 + 折扣，防止沉睡",
    atRisk: "召回券、个性化消息",
    cantLoseThem: "大额回归礼、专属客服一对一",
    hibernating: "低成本唤醒，或不再投入",
  },
  "en-US": {
    champions: "Exclusive benefits / VIP service; ask for reviews and referrals",
    loyalCustomers: "Membership upgrade, double points",
    potentialLoyalist: "Join gift, bundle recommendations",
    newCustomers: "Repeat-order offer after the first order, onboarding",
    promising: "Brand content, a small coupon",
    needAttention: "Limited-time offers based on past purchases",
    aboutToSleep: "A reminder with a discount before they sleep",
    atRisk: "Come-back coupon, a personal message",
    cantLoseThem: "Come-back gift, one-to-one service",
    hibernating: "Low-cost reactivation, or leave them be",
  },
};
