import type { IconData } from './types';
import { homeIconData } from './glyphs/HomeIcon';
import { backIconData } from './glyphs/BackIcon';
import { forwardIconData } from './glyphs/ForwardIcon';
import { closeIconData } from './glyphs/CloseIcon';
import { menuIconData } from './glyphs/MenuIcon';
import { searchIconData } from './glyphs/SearchIcon';
import { scanIconData } from './glyphs/ScanIcon';
import { payIconData } from './glyphs/PayIcon';
import { transferIconData } from './glyphs/TransferIcon';
import { receiveIconData } from './glyphs/ReceiveIcon';
import { billIconData } from './glyphs/BillIcon';
import { topUpIconData } from './glyphs/TopUpIcon';
import { bankCardIconData } from './glyphs/BankCardIcon';
import { walletIconData } from './glyphs/WalletIcon';
import { phoneIconData } from './glyphs/PhoneIcon';
import { messageIconData } from './glyphs/MessageIcon';
import { helpIconData } from './glyphs/HelpIcon';
import { customerServiceIconData } from './glyphs/CustomerServiceIcon';
import { familyIconData } from './glyphs/FamilyIcon';
import { userIconData } from './glyphs/UserIcon';
import { settingsIconData } from './glyphs/SettingsIcon';
import { lockIconData } from './glyphs/LockIcon';
import { unlockIconData } from './glyphs/UnlockIcon';
import { eyeIconData } from './glyphs/EyeIcon';
import { eyeOffIconData } from './glyphs/EyeOffIcon';
import { warningIconData } from './glyphs/WarningIcon';
import { errorIconData } from './glyphs/ErrorIcon';
import { successIconData } from './glyphs/SuccessIcon';
import { infoIconData } from './glyphs/InfoIcon';
import { questionIconData } from './glyphs/QuestionIcon';
import { calendarIconData } from './glyphs/CalendarIcon';
import { clockIconData } from './glyphs/ClockIcon';
import { locationIconData } from './glyphs/LocationIcon';
import { cameraIconData } from './glyphs/CameraIcon';
import { imageIconData } from './glyphs/ImageIcon';
import { microphoneIconData } from './glyphs/MicrophoneIcon';
import { speakerIconData } from './glyphs/SpeakerIcon';
import { textSizeIconData } from './glyphs/TextSizeIcon';
import { contrastIconData } from './glyphs/ContrastIcon';
import { sunIconData } from './glyphs/SunIcon';
import { moonIconData } from './glyphs/MoonIcon';
import { plusIconData } from './glyphs/PlusIcon';
import { minusIconData } from './glyphs/MinusIcon';
import { checkIconData } from './glyphs/CheckIcon';
import { chevronUpIconData } from './glyphs/ChevronUpIcon';
import { chevronDownIconData } from './glyphs/ChevronDownIcon';
import { chevronLeftIconData } from './glyphs/ChevronLeftIcon';
import { chevronRightIconData } from './glyphs/ChevronRightIcon';
import { editIconData } from './glyphs/EditIcon';
import { deleteIconData } from './glyphs/DeleteIcon';
import { shareIconData } from './glyphs/ShareIcon';
import { refreshIconData } from './glyphs/RefreshIcon';
import { healthIconData } from './glyphs/HealthIcon';
import { busIconData } from './glyphs/BusIcon';
import { shoppingIconData } from './glyphs/ShoppingIcon';
import { giftIconData } from './glyphs/GiftIcon';
import { documentIconData } from './glyphs/DocumentIcon';

/** Every icon name (kebab-case), in gallery order. */
export const iconNames = [
  'home',
  'back',
  'forward',
  'close',
  'menu',
  'search',
  'scan',
  'pay',
  'transfer',
  'receive',
  'bill',
  'top-up',
  'bank-card',
  'wallet',
  'phone',
  'message',
  'help',
  'customer-service',
  'family',
  'user',
  'settings',
  'lock',
  'unlock',
  'eye',
  'eye-off',
  'warning',
  'error',
  'success',
  'info',
  'question',
  'calendar',
  'clock',
  'location',
  'camera',
  'image',
  'microphone',
  'speaker',
  'text-size',
  'contrast',
  'sun',
  'moon',
  'plus',
  'minus',
  'check',
  'chevron-up',
  'chevron-down',
  'chevron-left',
  'chevron-right',
  'edit',
  'delete',
  'share',
  'refresh',
  'health',
  'bus',
  'shopping',
  'gift',
  'document',
] as const;

/** The name of one of the kit's icons, such as `'home'` or `'top-up'`. */
export type IconName = (typeof iconNames)[number];

/**
 * Every icon's drawings and search names, in the order of {@link iconNames}:
 * the data behind the gallery. Importing it pulls in every icon, so apps that
 * need a few icons import those by name instead.
 */
export const icons: readonly IconData[] = [
  homeIconData,
  backIconData,
  forwardIconData,
  closeIconData,
  menuIconData,
  searchIconData,
  scanIconData,
  payIconData,
  transferIconData,
  receiveIconData,
  billIconData,
  topUpIconData,
  bankCardIconData,
  walletIconData,
  phoneIconData,
  messageIconData,
  helpIconData,
  customerServiceIconData,
  familyIconData,
  userIconData,
  settingsIconData,
  lockIconData,
  unlockIconData,
  eyeIconData,
  eyeOffIconData,
  warningIconData,
  errorIconData,
  successIconData,
  infoIconData,
  questionIconData,
  calendarIconData,
  clockIconData,
  locationIconData,
  cameraIconData,
  imageIconData,
  microphoneIconData,
  speakerIconData,
  textSizeIconData,
  contrastIconData,
  sunIconData,
  moonIconData,
  plusIconData,
  minusIconData,
  checkIconData,
  chevronUpIconData,
  chevronDownIconData,
  chevronLeftIconData,
  chevronRightIconData,
  editIconData,
  deleteIconData,
  shareIconData,
  refreshIconData,
  healthIconData,
  busIconData,
  shoppingIconData,
  giftIconData,
  documentIconData,
];
