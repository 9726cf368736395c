variable "aws_euc1_cidr" {
  description = "Address block of AWS EU (Frankfurt)"
  type        = string
  default     = "10.91.0.0/16"
}

variable "aws_euc1_transit_cidr" {
  description = "Transit block of AWS EU (Frankfurt) (TGW attachment subnets)"
  type        = string
  default     = "10.91.254.0/23"
}

variable "aws_euc1_subnet_cidrs" {
  description = "Subnet per segment in AWS EU (Frankfurt)"
  type        = map(string)
  default = {
    default = "10.91.224.0/20"
  }
}

variable "aws_euc1_asn" {
  description = "Amazon-side ASN of the AWS EU (Frankfurt) transit gateway"
  type        = number
  default     = 4245447029
}

variable "muc_office_cidr" {
  description = "Address block of Munich operations office"
  type        = string
  default     = "10.135.0.0/16"
}

variable "aws_euw1_cidr" {
  description = "Address block of AWS EU (Ireland)"
  type        = string
  default     = "10.47.0.0/16"
}

variable "aws_euw1_transit_cidr" {
  description = "Transit block of AWS EU (Ireland) (TGW attachment subnets)"
  type        = string
  default     = "10.47.254.0/23"
}

variable "aws_euw1_subnet_cidrs" {
  description = "Subnet per segment in AWS EU (Ireland)"
  type        = map(string)
  default = {
    default = "10.47.224.0/20"
  }
}

variable "aws_euw1_asn" {
  description = "Amazon-side ASN of the AWS EU (Ireland) transit gateway"
  type        = number
  default     = 4262476659
}

variable "muc_office_public_ip" {
  description = "Public IP of the VPN endpoint at Munich operations office"
  type        = string
}

variable "muc_office_asn" {
  description = "BGP ASN of Munich operations office"
  type        = number
  default     = 65010
}

variable "muc_vpn_fra_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of muc-vpn-fra"
  type        = string
  sensitive   = true
}

variable "muc_vpn_fra_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of muc-vpn-fra"
  type        = string
  sensitive   = true
}

variable "muc_vpn_dub_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of muc-vpn-dub"
  type        = string
  sensitive   = true
}

variable "muc_vpn_dub_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of muc-vpn-dub"
  type        = string
  sensitive   = true
}

variable "route53_zone_id" {
  description = "Route 53 hosted zone for service records"
  type        = string
}

variable "payments_api_record_name" {
  description = "DNS name of Payments API, e.g. payments-api.example.com"
  type        = string
}

variable "payments_api_aws_euc1_endpoint" {
  description = "Host name of Payments API in AWS EU (Frankfurt) (its load balancer)"
  type        = string
}

variable "payments_api_aws_euw1_endpoint" {
  description = "Host name of Payments API in AWS EU (Ireland) (its load balancer)"
  type        = string
}

variable "ops_dns_aws_euc1_endpoint_arn" {
  description = "ARN of the load balancer serving Internal DNS in AWS EU (Frankfurt)"
  type        = string
}

variable "ops_dns_aws_euw1_endpoint_arn" {
  description = "ARN of the load balancer serving Internal DNS in AWS EU (Ireland)"
  type        = string
}
