variable "aws_use1_cidr" {
  description = "Address block of AWS US East (N. Virginia)"
  type        = string
  default     = "10.59.0.0/16"
}

variable "aws_use1_transit_cidr" {
  description = "Transit block of AWS US East (N. Virginia) (TGW attachment subnets)"
  type        = string
  default     = "10.59.254.0/23"
}

variable "aws_use1_subnet_cidrs" {
  description = "Subnet per segment in AWS US East (N. Virginia)"
  type        = map(string)
  default = {
    mgmt  = "10.59.192.0/20"
    users = "10.59.48.0/20"
    app   = "10.59.208.0/20"
    data  = "10.59.80.0/20"
    dmz   = "10.59.0.0/20"
  }
}

variable "aws_use1_asn" {
  description = "Amazon-side ASN of the AWS US East (N. Virginia) transit gateway"
  type        = number
  default     = 64512
}

variable "hq_chi_cidr" {
  description = "Address block of HQ data centre Chicago"
  type        = string
  default     = "10.253.0.0/16"
}

variable "hq_dal_cidr" {
  description = "Address block of HQ data centre Dallas"
  type        = string
  default     = "10.86.0.0/16"
}

variable "hq_chi_asn" {
  description = "BGP ASN of HQ data centre Chicago"
  type        = number
  default     = 65001
}

variable "chi_dx_dx_connection_id" {
  description = "Direct Connect connection (dxcon-…) that carries chi-dx, ordered from the location or partner"
  type        = string
}

variable "chi_dx_vlan" {
  description = "VLAN of the transit virtual interface of chi-dx"
  type        = number
}

variable "chi_dx_bgp_auth_key" {
  description = "BGP MD5 key of chi-dx"
  type        = string
  sensitive   = true
}

variable "hq_dal_public_ip" {
  description = "Public IP of the VPN endpoint at HQ data centre Dallas"
  type        = string
}

variable "hq_dal_asn" {
  description = "BGP ASN of HQ data centre Dallas"
  type        = number
  default     = 65002
}

variable "dal_vpn_aws_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of dal-vpn-aws"
  type        = string
  sensitive   = true
}

variable "dal_vpn_aws_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of dal-vpn-aws"
  type        = string
  sensitive   = true
}
