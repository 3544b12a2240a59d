import { defineRule } from '@otvet/core';
import { contactsOfView } from '../lib/contacts.js';

export { contacts, isPhone, messengers, type ContactsData } from '../lib/contacts.js';

/**
 * Off-platform contacts: phone numbers, e-mails, links other than Ozon's, messenger
 * and social-network names and handles, invitations to call or write elsewhere, and
 * placeholders that insert a contact.
 */
export default defineRule(
  {
    id: 'policy-contacts',
    category: 'policy',
    description: {
      en: 'No off-platform contacts: phone numbers, e-mails, outside links, messengers, handles, “call us / write to our e-mail”.',
      zh: '禁止站外联系方式：电话、邮箱、非 Ozon 链接、即时通讯软件、账号、“给我们打电话/发邮件”等。',
      ru: 'Без контактов вне площадки: телефонов, e-mail, сторонних ссылок, мессенджеров, аккаунтов, «позвоните нам / напишите на почту».',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      phone: {
        en: 'Phone number “{actual}”: Ozon forbids giving buyers phone numbers or moving the conversation off the platform. Remove it and answer in the Ozon chat.',
        zh: '电话号码“{actual}”：Ozon 沟通规则禁止向买家提供电话号码或把沟通转移到平台以外。请删除，只在 Ozon 聊天中回复。',
        ru: 'Номер телефона «{actual}»: правила Ozon запрещают давать покупателю телефон и уводить общение с площадки. Уберите его и отвечайте в чате Ozon.',
      },
      email: {
        en: 'E-mail address “{actual}”: Ozon forbids giving buyers contacts outside the platform. Remove it and answer in the Ozon chat.',
        zh: '邮箱地址“{actual}”：Ozon 禁止向买家提供站外联系方式。请删除，只在 Ozon 聊天中回复。',
        ru: 'Адрес e-mail «{actual}»: правила Ozon запрещают давать покупателю контакты вне площадки. Уберите его и отвечайте в чате Ozon.',
      },
      url: {
        en: 'Link “{actual}”: only links to Ozon itself (ozon.ru) are allowed in buyer chats; outside links break Ozon’s communication rules. Remove it.',
        zh: '链接“{actual}”：买家聊天中只允许 Ozon 自己的链接（ozon.ru），其他网站链接违反 Ozon 沟通规则。请删除。',
        ru: 'Ссылка «{actual}»: в чате с покупателем можно давать только ссылки на Ozon (ozon.ru), сторонние ссылки нарушают правила Ozon. Уберите её.',
      },
      handle: {
        en: 'Account handle “{actual}”: a buyer would look you up in a messenger or social network, which Ozon forbids. Remove it.',
        zh: '账号“{actual}”：买家会去其他软件或社交网络找您，Ozon 禁止这种站外联系。请删除。',
        ru: 'Аккаунт «{actual}»: покупатель будет искать вас в мессенджере или соцсети, а Ozon это запрещает. Уберите его.',
      },
      messenger: {
        en: '“{actual}” ({name}): inviting a buyer to another messenger or social network breaks Ozon’s communication rules. Keep the conversation in the Ozon chat.',
        zh: '“{actual}”（{name}）：引导买家到其他聊天软件或社交网络违反 Ozon 沟通规则。请只在 Ozon 聊天中沟通。',
        ru: '«{actual}» ({name}): приглашать покупателя в мессенджер или соцсеть запрещено правилами Ozon. Общайтесь в чате Ozon.',
      },
      // The same, when the text names the messenger as it is called (no need to say it twice).
      'messenger-self': {
        en: '“{actual}”: inviting a buyer to another messenger or social network breaks Ozon’s communication rules. Keep the conversation in the Ozon chat.',
        zh: '“{actual}”：引导买家到其他聊天软件或社交网络违反 Ozon 沟通规则。请只在 Ozon 聊天中沟通。',
        ru: '«{actual}»: приглашать покупателя в мессенджер или соцсеть запрещено правилами Ozon. Общайтесь в чате Ozon.',
      },
      channel: {
        en: '“{actual}” invites the buyer to contact you outside the Ozon chat (phone, e-mail, private messages), which Ozon forbids. Answer in the chat instead.',
        zh: '“{actual}”是在邀请买家通过 Ozon 聊天以外的方式（电话、邮件、私信）联系您，Ozon 禁止这样做。请直接在聊天中回复。',
        ru: '«{actual}» приглашает покупателя связаться с вами не в чате Ozon (по телефону, почте, в личных сообщениях), а это запрещено. Отвечайте в чате.',
      },
      placeholder: {
        en: 'Placeholder “{actual}” inserts a contact ({word}): Ozon forbids sharing phone numbers, e-mails or messenger accounts with buyers. Remove the placeholder and answer in the Ozon chat.',
        zh: '占位符“{actual}”会插入联系方式（{word}）：Ozon 禁止向买家提供电话、邮箱或聊天软件账号。请删除该占位符，只在 Ozon 聊天中回复。',
        ru: 'Плейсхолдер «{actual}» подставляет контакт ({word}): правила Ozon запрещают давать покупателю телефон, e-mail или аккаунт в мессенджере. Уберите плейсхолдер и отвечайте в чате Ozon.',
      },
    },
  },
  (context) => {
    const { value } = context.target;
    for (const f of contactsOfView(context.target)) {
      if (f.allowed) continue;
      const actual = value.slice(f.start, f.end);
      const self = f.kind === 'messenger' && String(f.data?.name).toLowerCase() === actual.toLowerCase();
      context.report({ messageId: self ? 'messenger-self' : f.kind, data: { ...f.data, actual }, start: f.start, end: f.end, actual, fix: false });
    }
  },
);
